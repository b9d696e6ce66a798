package cn.gov.amr.credit.ingestion.pipeline;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.ingestion.Batch;
import cn.gov.amr.credit.ingestion.BatchAccepted;
import cn.gov.amr.credit.ingestion.BatchWarning;
import cn.gov.amr.credit.ingestion.Department;
import cn.gov.amr.credit.ingestion.Departments;
import cn.gov.amr.credit.ingestion.application.IngestionSettings;
import cn.gov.amr.credit.ingestion.files.TabularSource;
import cn.gov.amr.credit.ingestion.files.TabularSources;
import cn.gov.amr.credit.ingestion.files.UnreadableFileException;
import cn.gov.amr.credit.ingestion.infrastructure.BatchStore;
import cn.gov.amr.credit.ingestion.infrastructure.QuarantineStore;
import cn.gov.amr.credit.ingestion.infrastructure.RecordStore;
import cn.gov.amr.credit.ingestion.model.FieldSpec;
import cn.gov.amr.credit.ingestion.model.Headers;
import cn.gov.amr.credit.ingestion.model.RecordSchema;
import cn.gov.amr.credit.ingestion.model.RecordSchemas;
import cn.gov.amr.credit.ingestion.model.RowChecker;
import cn.gov.amr.credit.registry.Registry;
import cn.gov.amr.credit.shared.LegalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one claimed batch. Everything that changes records happens in one transaction, which also
 * holds the batch's advisory lock (so recovery leaves it alone) and the department's (so two batches
 * of one department never race for the same record): stream rows in chunks; check and match them;
 * per chunk, find the current versions of its records (one query, skipped while the department has
 * none of the kind), close those that change and {@code COPY} new records and versions in, and copy
 * bad rows into the quarantine; then mark the batch COMPLETED and publish {@link BatchAccepted}. A
 * crash before the commit leaves nothing applied; the batch is then started again or marked FAILED,
 * its file kept.
 */
@Component
public class BatchProcessor {

    private static final Logger log = LoggerFactory.getLogger(BatchProcessor.class);

    private final BatchStore batches;
    private final RecordStore records;
    private final QuarantineStore quarantine;
    private final Departments departments;
    private final Registry registry;
    private final IngestionSettings settings;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final TransactionTemplate separate;
    private final tools.jackson.databind.json.JsonMapper json;
    private final Clock clock;

    BatchProcessor(BatchStore batches, RecordStore records, QuarantineStore quarantine, Departments departments,
                   Registry registry, IngestionSettings settings, ApplicationEventPublisher events,
                   PlatformTransactionManager transactions, tools.jackson.databind.json.JsonMapper json, Clock clock) {
        this.batches = batches;
        this.records = records;
        this.quarantine = quarantine;
        this.departments = departments;
        this.registry = registry;
        this.settings = settings;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
        this.clock = clock;
    }

    /** The columns a file's header maps to, or the reason it cannot be read. */
    public static List<String> columns(RecordSchema schema, TabularSource source, Department department) {
        var columns = Headers.resolve(schema, source.header(), department.mappingFor(schema.kind()));
        List<FieldSpec> missing = Headers.missing(schema, columns);
        if (!missing.isEmpty()) {
            throw new UnreadableFileException("COLUMNS_MISSING",
                    String.join(", ", missing.stream().map(FieldSpec::label).toList()));
        }
        return columns;
    }

    /** Opens a batch's content as rows. */
    public TabularSource open(String format, byte[] content, RecordSchema schema) {
        return "JSON".equals(format)
                ? TabularSources.push(content, schema.fields().stream().map(FieldSpec::name).toList(), json)
                : TabularSources.file(content);
    }

    /** Processes a batch this worker has claimed (status RUNNING). */
    public void process(long batchId) {
        Batch batch = batches.find(batchId).orElseThrow();
        try {
            transaction.executeWithoutResult(status -> run(batch));
        } catch (UnreadableFileException e) {
            separate.executeWithoutResult(s -> batches.fail(batchId, e.code(), clock.instant()));
        } catch (RuntimeException e) {
            log.error("Batch {} failed", batchId, e);
            separate.executeWithoutResult(s -> batches.fail(batchId, "PROCESSING_ERROR", clock.instant()));
        }
    }

    private void run(Batch batch) {
        long started = System.nanoTime();
        if (!batches.lockForProcessing(batch.id(), batch.attempts())) {
            log.warn("Batch {} is no longer this worker's claim; left alone", batch.id());
            return;
        }
        batches.lockDepartment(batch.departmentId());
        Department department = departments.get(batch.departmentId());
        RecordSchema schema = RecordSchemas.of(batch.kind());
        TabularSource source = open(batch.format(), batches.content(batch.id()), schema);
        var processor = new ChunkProcessor(new RowChecker(schema, LegalTime.today(clock)),
                (codes, numbers, organisations, representatives) -> registry.identities(codes, numbers, organisations,
                        representatives));
        var applied = new Applied(records.anyCurrent(batch.departmentId(), batch.kind()), clock.instant());
        var chunk = new ArrayList<ChunkProcessor.RawRow>(settings.chunkRows());
        var columns = new ArrayList<String>();
        source.rows((rowNumber, cells) -> {
            if (columns.isEmpty()) {
                // the header has been read by now: one pass over the file, not two
                columns.addAll(columns(schema, source, department));
            }
            chunk.add(new ChunkProcessor.RawRow(rowNumber, values(columns, cells)));
            if (chunk.size() >= settings.chunkRows()) {
                flush(batch, processor, applied, chunk, source);
            }
            return true;
        });
        flush(batch, processor, applied, chunk, source);
        var warning = processor.rows() == 0 ? BatchWarning.NO_ROWS : null;
        batches.complete(batch.id(), new BatchStore.Counts(processor.rows(), applied.accepted,
                processor.duplicates() + applied.duplicates, applied.superseded, processor.quarantined(),
                applied.flagged, processor.unmatched()), warning, clock.instant());
        var codes = new ArrayList<>(applied.entityCodes);
        for (int from = 0; from < codes.size(); from += BatchAccepted.MAX_CODES) {
            events.publishEvent(new BatchAccepted(batch.id(), batch.departmentId(), batch.kind(),
                    codes.subList(from, Math.min(codes.size(), from + BatchAccepted.MAX_CODES))));
        }
        long[] timings = processor.timings();
        log.info("Batch {} ({} {}): {} rows, {} accepted, {} duplicates, {} superseded, {} quarantined in {} ms"
                        + " (checks {} ms, registry lookups {} ms, writing records {} ms)", batch.id(),
                department.code(), batch.kind(), processor.rows(), applied.accepted,
                processor.duplicates() + applied.duplicates, applied.superseded, processor.quarantined(),
                (System.nanoTime() - started) / 1_000_000, timings[0], timings[1], timings[2]);
    }

    /** What the batch's chunks did to the records so far. */
    private static final class Applied {
        final boolean existing;
        final java.time.Instant receivedAt;
        final java.util.Set<String> entityCodes = new java.util.LinkedHashSet<>();
        int accepted;
        int duplicates;
        int superseded;
        int flagged;

        Applied(boolean existing, java.time.Instant receivedAt) {
            this.existing = existing;
            this.receivedAt = receivedAt;
        }
    }

    private void flush(Batch batch, ChunkProcessor processor, Applied applied, List<ChunkProcessor.RawRow> chunk,
                       TabularSource source) {
        if (chunk.isEmpty()) {
            return;
        }
        var output = processor.process(chunk);
        long writing = System.nanoTime();
        var valid = output.valid();
        var current = applied.existing && !valid.isEmpty()
                ? records.current(batch.departmentId(), batch.kind(), valid.stream().map(NewRecord::naturalKey).toList(),
                        valid.stream().map(NewRecord::entityCode).toList())
                : Map.<String, RecordStore.Current>of();
        var plan = new VersionPlan(valid, current, batch.id());
        records.close(plan.closed());
        records.insert(batch.departmentId(), batch.kind(), batch.id(), applied.receivedAt, plan.inserts().stream()
                .map(i -> new RecordStore.Row(i.row().rowNumber(), i.row().naturalKey(), i.row().entityCode(),
                        i.version(), date(i.row().decidedOn()), date(i.row().validUntil()), i.row().payload(),
                        i.row().payloadHash(), i.row().flagged()))
                .toList());
        applied.accepted += plan.inserts().size();
        applied.duplicates += plan.duplicates();
        applied.superseded += plan.superseded();
        plan.inserts().forEach(i -> {
            applied.entityCodes.add(i.row().entityCode());
            if (i.row().flagged()) {
                applied.flagged++;
            }
        });
        if (!output.quarantined().isEmpty()) {
            quarantine.insert(batch.id(), output.quarantined());
        }
        processor.copied(System.nanoTime() - writing);
        chunk.clear();
        int rows = processor.rows();
        int bad = processor.quarantined();
        double progress = source.progress();
        separate.executeWithoutResult(s -> batches.progress(batch.id(), rows, bad, progress, clock.instant()));
    }

    private static String date(java.time.LocalDate date) {
        return date == null ? null : date.toString();
    }

    static Map<String, String> values(List<String> columns, List<String> cells) {
        var values = new HashMap<String, String>();
        for (int i = 0; i < Math.min(columns.size(), cells.size()); i++) {
            String cell = cells.get(i);
            if (columns.get(i) != null && cell != null && !cell.isBlank()) {
                values.merge(columns.get(i), cell, (first, second) -> first + ";" + second);
            }
        }
        return values;
    }
}
