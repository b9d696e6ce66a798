package cn.gov.amr.credit.platform;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the platform keeps its data and which database it uses.
 *
 * @param dataDir   the platform's data directory ({@code CREDIT_DATA_DIR}, default {@code ./data});
 *                  the embedded PostgreSQL lives in {@code dataDir/pg}
 * @param db        an external PostgreSQL; when its URL is blank the embedded one is started
 * @param embedded  settings of the embedded PostgreSQL
 */
@ConfigurationProperties("credit")
public record PlatformSettings(Path dataDir, External db, Embedded embedded) {

    public PlatformSettings {
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        db = db == null ? new External(null, null, null, 20) : db;
        embedded = embedded == null ? new Embedded(true, 20, "256MB") : embedded;
    }

    /** True when no external database is configured, so the embedded one must be started. */
    public boolean usesEmbeddedDatabase() {
        return db.url() == null || db.url().isBlank();
    }

    /** An external PostgreSQL (15 or later). The password is never logged. */
    public record External(String url, String user, String password, int poolSize) {
        @Override
        public String toString() {
            return "External[url=" + url + ", user=" + user + ", password=****]";
        }
    }

    /**
     * @param durable       fsync and synchronous commit on; only tests turn this off, for speed
     * @param sharedBuffers PostgreSQL's shared_buffers, e.g. {@code 256MB} or {@code 2GB}
     */
    public record Embedded(boolean durable, int poolSize, String sharedBuffers) {
        public Embedded {
            sharedBuffers = sharedBuffers == null || sharedBuffers.isBlank() ? "256MB" : sharedBuffers;
        }
    }
}
