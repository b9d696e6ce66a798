package cn.gov.amr.credit.platform.database;

import java.io.Closeable;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real PostgreSQL 17 started from jars (zonky) on a persistent data directory.
 *
 * <p>After a {@code kill -9} of the JVM the postmaster survives as an orphan and keeps
 * {@code postmaster.pid}; on the next start we take zonky's {@code epg-lock}: if we get it, no
 * live platform owns the directory, so an orphaned postmaster (and only a process that really is
 * {@code postgres}) is stopped before starting. If we do not get it, another live instance owns the
 * directory and we fail fast without touching its server.
 */
public final class EmbeddedDatabase implements Closeable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    static final String ZONKY_LOCK_FILE = "epg-lock";
    private static final Duration ORPHAN_STOP_TIMEOUT = Duration.ofSeconds(60);

    private final EmbeddedPostgres postgres;
    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on {@code directory}, creating it on first use.
     *
     * @param durable fsync and synchronous commit on (the default for real data)
     * @throws DataDirectoryInUseException when another live process owns the directory
     */
    public static EmbeddedDatabase start(Path directory, boolean durable) throws IOException {
        return start(directory, durable, "128MB");
    }

    /** As {@link #start(Path, boolean)}, with PostgreSQL's {@code shared_buffers}. */
    public static EmbeddedDatabase start(Path directory, boolean durable, String sharedBuffers) throws IOException {
        Files.createDirectories(directory);
        if (Files.exists(directory.resolve("PG_VERSION"))) {
            stopOrphanedPostmaster(directory);
        } else {
            clearUninitialised(directory);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                // Spring closes the server after the connection pool; zonky's own hook would stop it
                // while beans still need the database.
                .setRegisterShutdownHook(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .setLocaleConfig("locale", "C")
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("full_page_writes", durable ? "on" : "off")
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", sharedBuffers);
        return new EmbeddedDatabase(builder.start());
    }

    /**
     * A directory without {@code PG_VERSION} holds no cluster (initdb never finished, for instance
     * because the first start was killed): empty it so that initdb can run.
     */
    private static void clearUninitialised(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            var all = paths.sorted(java.util.Comparator.reverseOrder()).filter(p -> !p.equals(directory)).toList();
            if (!all.isEmpty()) {
                log.warn("Data directory {} holds no initialised cluster; clearing it for initdb", directory);
            }
            for (Path path : all) {
                Files.delete(path);
            }
        }
    }

    private static void stopOrphanedPostmaster(Path directory) throws IOException {
        Path lockFile = directory.resolve(ZONKY_LOCK_FILE);
        try (RandomAccessFile file = new RandomAccessFile(lockFile.toFile(), "rw");
             FileChannel channel = file.getChannel()) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (java.nio.channels.OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new DataDirectoryInUseException(directory);
            }
            try {
                orphanPid(directory).ifPresent(pid -> stopOrphan(pid, directory));
            } finally {
                lock.release();
            }
        }
    }

    private static Optional<Long> orphanPid(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void stopOrphan(long pid, Path directory) {
        Optional<ProcessHandle> handle = ProcessHandle.of(pid);
        if (handle.isEmpty() || !isPostgres(handle.get())) {
            log.info("Stale postmaster.pid (process {} is not a running postgres); PostgreSQL will recover", pid);
            return;
        }
        log.warn("Stopping orphaned PostgreSQL (pid {}) left on {} by a process that was killed", pid, directory);
        ProcessHandle process = handle.get();
        process.destroy();
        try {
            process.onExit().get(ORPHAN_STOP_TIMEOUT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("Orphaned PostgreSQL {} did not stop in time; killing it", pid);
            process.destroyForcibly();
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        Optional<String> command = process.info().command();
        if (command.isPresent()) {
            return Path.of(command.get()).getFileName().toString().startsWith("postgres");
        }
        try {
            String comm = Files.readString(Path.of("/proc", Long.toString(process.pid()), "comm")).trim();
            return comm.startsWith("postgres");
        } catch (IOException e) {
            return false;
        }
    }

    /** JDBC URL of the {@code postgres} database, for user {@code postgres} (trust auth, loopback only). */
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
