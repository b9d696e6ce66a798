package cn.gov.amr.credit.disclosure.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import cn.gov.amr.credit.disclosure.infrastructure.BulkFileStore;
import cn.gov.amr.credit.disclosure.infrastructure.ChangeFeed;
import cn.gov.amr.credit.disclosure.model.BulkFile;
import cn.gov.amr.credit.disclosure.model.ChangeReason;
import cn.gov.amr.credit.disclosure.model.PublicSection;
import cn.gov.amr.credit.shared.Hashes;
import cn.gov.amr.credit.shared.LegalTime;
import cn.gov.amr.credit.shared.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The daily public bulk file (open data without scraping): every entity's basic information and every
 * public record as of one moment, in one consistent snapshot, with the change-feed cursor up to which
 * it is complete. While writing it, penalties that have left their publicity period since the previous
 * file are entered in the change feed (reason PUBLICITY), so that feed consumers withdraw them too.
 */
@Service
public class BulkFiles {

    public static final String API_PATH = "/api/v1/public/bulk-files/";
    static final String MANIFEST = "manifest.json";
    private static final Logger log = LoggerFactory.getLogger(BulkFiles.class);

    private final BulkFileContent content;
    private final BulkFileStore store;
    private final ChangeFeed feed;
    private final BulkFileSettings settings;
    private final TransactionTemplate snapshot;
    private final Clock clock;
    /** Where the zip is written before it is stored; what a killed process left there is deleted at start. */
    private final Path temporaryDirectory;
    private static final String TEMPORARY_PREFIX = "credit-public-";

    BulkFiles(BulkFileContent content, BulkFileStore store, ChangeFeed feed, BulkFileSettings settings,
              PlatformTransactionManager transactions, Clock clock, cn.gov.amr.credit.platform.PlatformSettings platform) {
        this.content = content;
        this.store = store;
        this.feed = feed;
        this.settings = settings;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.clock = clock;
        this.temporaryDirectory = platform.dataDir().resolve("tmp").resolve("bulk-files");
        deleteLeftovers();
    }

    private void deleteLeftovers() {
        if (!Files.isDirectory(temporaryDirectory)) {
            return;
        }
        try (var leftovers = Files.newDirectoryStream(temporaryDirectory, TEMPORARY_PREFIX + "*.zip")) {
            for (Path leftover : leftovers) {
                Files.deleteIfExists(leftover);
                log.info("Deleted {}, left by a bulk file whose writing was cut short", leftover.getFileName());
            }
        } catch (IOException e) {
            log.warn("Could not clear {}", temporaryDirectory, e);
        }
    }

    /** The CSV files of a bulk file and their columns, in the order they are written (documentation). */
    public static java.util.Map<String, List<String>> layout() {
        var layout = new LinkedHashMap<String, List<String>>();
        layout.put(BulkFileWriter.ENTITIES, BulkFileWriter.ENTITY_COLUMNS);
        for (PublicSection section : PublicSection.values()) {
            layout.put(BulkFileWriter.fileOf(section), BulkFileWriter.columnsOf(section));
        }
        return layout;
    }

    /** The kind of record a CSV file of the bulk file holds (for its column labels); null for the others. */
    public static cn.gov.amr.credit.ingestion.RecordKind recordKindOf(String fileName) {
        for (PublicSection section : PublicSection.values()) {
            if (BulkFileWriter.fileOf(section).equals(fileName)) {
                return section.recordKind();
            }
        }
        return null;
    }

    /** The files kept, newest first. */
    @Transactional(readOnly = true)
    public List<BulkFile> list() {
        return store.all().stream().map(BulkFiles::of).toList();
    }

    /** The file of a day, or the newest for {@code null}. */
    @Transactional(readOnly = true)
    public BulkFile find(LocalDate day) {
        var row = day == null ? store.all().stream().findFirst() : store.find(day);
        return row.map(BulkFiles::of).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "BULK_FILE_NOT_FOUND"));
    }

    /**
     * Sends a day's file (the newest for {@code null}): its description to {@code open}, which returns
     * where its content goes, then the content part by part, each read in a short query of its own so that
     * a slow client holds no database connection. A file written again meanwhile stops the transfer
     * (the client sees fewer bytes than announced) rather than mixing two files.
     */
    public void send(LocalDate day, java.util.function.Function<BulkFile, OutputStream> open) {
        var file = find(day);
        OutputStream out = open.apply(file);
        try {
            for (int part = 0; part < BulkFileStore.partsOf(file.sizeBytes()); part++) {
                byte[] data = store.part(file.day(), part, file.sha256())
                        .orElseThrow(() -> new IllegalStateException("bulk file " + file.fileName() + " was replaced"));
                out.write(data);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the file of today if it is due: after the day's time, or at once when there is no file at all. */
    public Optional<BulkFile> generateIfDue() {
        ZonedDateTime now = clock.instant().atZone(LegalTime.ZONE);
        LocalDate today = now.toLocalDate();
        boolean due = snapshot.execute(status -> store.find(today).isEmpty()
                && (store.all().isEmpty() || !now.toLocalTime().isBefore(settings.time())));
        return due ? write(today, false) : Optional.empty();
    }

    /**
     * Writes the file of {@code day} now (replacing one already written for the day), in one
     * repeatable-read transaction: a snapshot, stored whole or not at all. 409 while another is written.
     */
    public BulkFile generate(LocalDate day) {
        return write(day, true).orElseThrow();
    }

    /** Writes the file of {@code day}; unless {@code replace}, not if another instance wrote it meanwhile. */
    private Optional<BulkFile> write(LocalDate day, boolean replace) {
        long started = System.nanoTime();
        Path temp = null;
        try {
            Files.createDirectories(temporaryDirectory);
            temp = Files.createTempFile(temporaryDirectory, TEMPORARY_PREFIX, ".zip");
            Path file = temp;
            var row = snapshot.execute(status -> write(day, file, replace));
            if (row == null) {
                return Optional.empty();
            }
            log.info("Public bulk file {}: {} entities, {} records, {} bytes in {} ms", row.fileName(), row.entities(),
                    row.records(), row.sizeBytes(), (System.nanoTime() - started) / 1_000_000);
            return Optional.of(of(row));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException e) {
                    log.warn("Could not delete {}", temp);
                }
            }
        }
    }

    private BulkFileStore.Row write(LocalDate day, Path file, boolean replace) {
        if (!store.tryLock()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "BULK_FILE_BUSY");
        }
        boolean again = store.find(day).isPresent();
        if (again && !replace) {
            return null; // another instance wrote it after this one looked
        }
        long cursor = store.feedHead();
        LocalDate previous = store.all().stream().map(BulkFileStore.Row::day).filter(d -> d.isBefore(day)).findFirst()
                .orElse(null);
        var generatedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var withdrawn = new LinkedHashSet<String>();
        var digest = Hashes.sha256();
        long entities;
        long recordCount = 0;
        try (var out = new DigestOutputStream(Files.newOutputStream(file), digest);
             var zip = new BulkFileWriter(out)) {
            entities = content.writeEntities(zip, day);
            for (PublicSection section : PublicSection.values()) {
                zip.start(BulkFileWriter.fileOf(section), BulkFileWriter.columnsOf(section));
                recordCount += section.recordKind() != null ? content.writeSection(zip, section, day, previous, withdrawn)
                        : content.writeListings(zip, section, day);
            }
            zip.file(MANIFEST, content.manifest(day, generatedAt, cursor, zip));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var row = new BulkFileStore.Row(day, "credit-public-" + day + ".zip", generatedAt, sizeOf(file),
                HexFormat.of().formatHex(digest.digest()), cursor, entities, recordCount);
        try (InputStream in = Files.newInputStream(file)) {
            store.replace(row, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store.deleteBefore(day.minusDays(Math.max(1, settings.keepDays()) - 1L));
        if (!again) {
            // a day's file written again finds the same penalties gone as its first writing, already in the feed
            feed.append(withdrawn, ChangeReason.PUBLICITY, clock.instant());
        }
        return row;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BulkFile of(BulkFileStore.Row row) {
        return new BulkFile(row.day(), row.fileName(), row.generatedAt(), row.sizeBytes(), row.sha256(),
                Long.toString(row.feedCursor()), row.entities(), row.records(), API_PATH + row.day());
    }
}
