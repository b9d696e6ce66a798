package cn.gov.amr.credit.ingestion;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.audit.AuditActions;
import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.identity.Caller;
import cn.gov.amr.credit.identity.Callers;
import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.ingestion.files.TabularSource;
import cn.gov.amr.credit.ingestion.files.UnreadableFileException;
import cn.gov.amr.credit.ingestion.infrastructure.BatchStore;
import cn.gov.amr.credit.ingestion.infrastructure.QuarantineStore;
import cn.gov.amr.credit.ingestion.model.FieldSpec;
import cn.gov.amr.credit.ingestion.model.Masks;
import cn.gov.amr.credit.ingestion.model.RecordSchema;
import cn.gov.amr.credit.ingestion.model.RecordSchemas;
import cn.gov.amr.credit.ingestion.model.UploadFileName;
import cn.gov.amr.credit.ingestion.pipeline.BatchProcessor;
import cn.gov.amr.credit.ingestion.pipeline.BatchWorker;
import cn.gov.amr.credit.shared.MessageKey;
import cn.gov.amr.credit.shared.Refusal;
import cn.gov.amr.credit.shared.Refusal.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives batches (files and pushes) from departments, or from officers on a department's behalf,
 * checks at once what can be checked at once (permission for the kind, size, format, columns), queues
 * them for the worker, and reports on them. A department's key sees only its own batches.
 */
@Service
public class Ingestion {

    /** Most errors listed in a batch's summary; the rest are paged. */
    public static final int SUMMARY_ERRORS = 100;

    private final BatchStore batches;
    private final QuarantineStore quarantine;
    private final Departments departments;
    private final BatchProcessor processor;
    private final BatchWorker worker;
    private final Callers callers;
    private final AuditLog audit;
    private final IngestionSettings settings;
    private final JsonMapper json;
    private final Clock clock;

    Ingestion(BatchStore batches, QuarantineStore quarantine, Departments departments, BatchProcessor processor,
              BatchWorker worker, Callers callers, AuditLog audit, IngestionSettings settings, JsonMapper json,
              Clock clock) {
        this.batches = batches;
        this.quarantine = quarantine;
        this.departments = departments;
        this.processor = processor;
        this.worker = worker;
        this.callers = callers;
        this.audit = audit;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /** A CSV or XLSX file of one kind; refused at once when the file cannot be read or lacks required columns. */
    @Transactional
    public Batch submitFile(Long departmentId, RecordKind kind, String fileName, byte[] content) {
        Department department = sender(departmentId, kind);
        if (content.length > settings.maxFileSize().toBytes()) {
            throw new Refusal(Refusal.Kind.TOO_LARGE, "FILE_TOO_LARGE", settings.maxFileSize().toMegabytes());
        }
        RecordSchema schema = RecordSchemas.of(kind);
        TabularSource source;
        try {
            source = processor.open("FILE", content, schema);
            BatchProcessor.columns(schema, source, department);
        } catch (UnreadableFileException e) {
            throw new Refusal(Refusal.Kind.UNPROCESSABLE, e.code(), e.arguments());
        }
        return queue(department, kind, BatchChannel.FILE, UploadFileName.clean(fileName), source.format(),
                source.encoding(), content, null);
    }

    /** A JSON array of records of one kind (English field names); at most {@code maxPushRecords}. */
    @Transactional
    public Batch submitPush(Long departmentId, RecordKind kind, byte[] body) {
        checkPush(body);
        Department department = sender(departmentId, kind);
        return queue(department, kind, BatchChannel.PUSH, null, "JSON", "UTF-8", body, null);
    }

    /** The batch with its counters; a department sees only its own. */
    @Transactional(readOnly = true)
    public Batch batch(long id) {
        Batch batch = batches.find(id).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "BATCH_NOT_FOUND", id));
        Caller caller = callers.current();
        if (caller.has(Role.DEPARTMENT) && !isStaff(caller)) {
            var own = departments.findByCode(caller.department());
            if (own.isEmpty() || own.get().id() != batch.departmentId()) {
                throw new Refusal(Refusal.Kind.FORBIDDEN, "BATCH_OF_ANOTHER_DEPARTMENT");
            }
        }
        return batch;
    }

    /** The batch with a page (from 1) of its errors in row order and their total: one permission check. */
    @Transactional(readOnly = true)
    public BatchErrors errors(long batchId, int page, int size) {
        Batch batch = batch(batchId);
        return new BatchErrors(batch, quarantine.errors(batchId, (long) (page - 1) * size, size),
                quarantine.errorCount(batchId));
    }

    /** Batches, newest first; a department sees only its own. */
    @Transactional(readOnly = true)
    public List<Batch> batches(Long departmentId, BatchStatus status, int page, int size) {
        return batches.list(visibleDepartment(departmentId), status, (long) (page - 1) * size, size);
    }

    /** How many batches {@link #batches} pages through. */
    @Transactional(readOnly = true)
    public long batchCount(Long departmentId, BatchStatus status) {
        return batches.count(visibleDepartment(departmentId), status);
    }

    /** The department whose batches the caller sees: its own for a department, else the one asked for (null: all). */
    private Long visibleDepartment(Long departmentId) {
        Caller caller = callers.current();
        if (caller.has(Role.DEPARTMENT) && !isStaff(caller)) {
            return departments.findByCode(caller.department()).map(Department::id).orElse(-1L);
        }
        return departmentId;
    }

    /** A FAILED batch is queued again with its kept file. */
    @Transactional
    public Batch retry(long id) {
        batch(id);
        if (!batches.retry(id, clock.instant())) {
            throw new Refusal(Refusal.Kind.CONFLICT, "BATCH_NOT_FAILED", id);
        }
        audit.record(AuditActions.BATCH_RETRIED, "batch:" + id, Map.of());
        wakeAfterCommit();
        return batches.find(id).orElseThrow();
    }

    /** Quarantined rows of a batch (personal ID numbers masked). */
    @Transactional(readOnly = true)
    public List<QuarantinedRow> quarantined(long batchId, int page, int size) {
        Batch batch = batch(batchId);
        return quarantine.ofBatch(batchId, (long) (page - 1) * size, size).stream().map(row -> view(batch, row)).toList();
    }

    /** How many quarantined rows {@link #quarantined} pages through. */
    @Transactional(readOnly = true)
    public long quarantinedCount(long batchId) {
        batch(batchId);
        return quarantine.countOfBatch(batchId);
    }

    @Transactional(readOnly = true)
    public QuarantinedRow quarantinedRow(long id) {
        var row = quarantine.find(id).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "ROW_NOT_FOUND", id));
        return view(batch(row.batchId()), row);
    }

    /**
     * Sends an officer's correction of a quarantined row through the pipeline again as a batch of
     * its own; a masked value left as it was keeps the value originally sent.
     */
    @Transactional
    public Batch resubmit(long quarantineId, Map<String, String> corrected) {
        var row = quarantine.find(quarantineId)
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "ROW_NOT_FOUND", quarantineId));
        Batch original = batch(row.batchId());
        if (row.status() != QuarantineStatus.OPEN) {
            throw new Refusal(Refusal.Kind.CONFLICT, "ROW_ALREADY_RESOLVED", quarantineId);
        }
        RecordSchema schema = RecordSchemas.of(original.kind());
        var values = new LinkedHashMap<String, String>();
        for (FieldSpec field : schema.fields()) {
            String sent = row.rawValues().get(field.name());
            String given = corrected.get(field.name());
            if (given == null || (field.personal() && sent != null && given.equals(Masks.of(field, sent)))) {
                given = sent;
            }
            if (given != null && !given.isBlank()) {
                values.put(field.name(), given);
            }
        }
        byte[] body = json.writeValueAsBytes(List.of(values));
        Department department = departments.get(original.departmentId());
        Batch batch = queue(department, original.kind(), BatchChannel.CORRECTION, null, "JSON", "UTF-8", body,
                quarantineId);
        if (!quarantine.resolve(quarantineId, QuarantineStatus.RESUBMITTED, batch.id(), clock.instant(), callers.current().name())) {
            // someone else resolved it meanwhile: the rollback withdraws this correction's batch too
            throw new Refusal(Refusal.Kind.CONFLICT, "ROW_ALREADY_RESOLVED", quarantineId);
        }
        audit.record(AuditActions.QUARANTINE_RESUBMITTED, "quarantine:" + quarantineId,
                Map.of("batch", Long.toString(batch.id())));
        return batch;
    }

    /** Closes a quarantined row that will not be corrected (e.g. it belongs to no market entity). */
    @Transactional
    public QuarantinedRow dismiss(long quarantineId) {
        var row = quarantinedRow(quarantineId);
        requireStaff(callers.current());
        if (!quarantine.resolve(quarantineId, QuarantineStatus.DISMISSED, null, clock.instant(), callers.current().name())) {
            throw new Refusal(Refusal.Kind.CONFLICT, "ROW_ALREADY_RESOLVED", quarantineId);
        }
        audit.record(AuditActions.QUARANTINE_DISMISSED, "quarantine:" + quarantineId,
                Map.of("batch", Long.toString(row.batchId())));
        return quarantinedRow(quarantineId);
    }

    private Batch queue(Department department, RecordKind kind, BatchChannel channel, String fileName, String format,
                        String encoding, byte[] content, Long corrects) {
        String by = callers.current().name();
        long id = batches.insert(new BatchStore.NewBatch(department.id(), kind, channel, fileName, format, encoding,
                content, clock.instant(), by, corrects));
        audit.record(AuditActions.BATCH_SUBMITTED, "batch:" + id, Map.of("department", department.code(),
                "kind", kind.name(), "channel", channel.name(), "bytes", Integer.toString(content.length)));
        wakeAfterCommit();
        return batches.find(id).orElseThrow();
    }

    private void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.wake();
                }
            });
        } else {
            worker.wake();
        }
    }

    private void checkPush(byte[] body) {
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (JacksonException e) {
            throw new Refusal(Refusal.Kind.INVALID, "MALFORMED_JSON");
        }
        if (root == null || !root.isArray()) {
            throw new Refusal(Refusal.Kind.INVALID, "PUSH_NOT_ARRAY");
        }
        if (root.size() > settings.maxPushRecords()) {
            throw new Refusal(Refusal.Kind.TOO_LARGE, "TOO_MANY_RECORDS", settings.maxPushRecords(), root.size());
        }
        if (root.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "PUSH_EMPTY");
        }
        for (int i = 0; i < root.size(); i++) {
            JsonNode element = root.get(i);
            if (!element.isObject()) {
                throw new Refusal(Refusal.Kind.INVALID, "INVALID_BODY",
                        List.of(new FieldProblem("$[" + i + "]", "RECORD_NOT_OBJECT")));
            }
            for (var property : element.properties()) {
                if ((property.getValue().isObject() || property.getValue().isArray())) {
                    throw new Refusal(Refusal.Kind.INVALID, "INVALID_BODY", List.of(new FieldProblem(
                            "$[" + i + "]." + property.getKey(), "VALUE_NOT_SCALAR")));
                }
            }
        }
    }

    /** The department a batch comes from: the key's own, or the one an officer names. */
    private Department sender(Long departmentId, RecordKind kind) {
        if (kind == null) {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_PARAMETER",
                    List.of(new FieldProblem("kind", "REQUIRED")));
        }
        Caller caller = callers.current();
        Department department;
        if (caller.has(Role.ADMIN) || caller.has(Role.OFFICER)) {
            if (departmentId == null) {
                throw new Refusal(Refusal.Kind.INVALID, "INVALID_PARAMETER",
                        List.of(new FieldProblem("department", "DEPARTMENT_REQUIRED")));
            }
            department = departments.get(departmentId);
        } else if (caller.has(Role.DEPARTMENT)) {
            department = departments.findByCode(caller.department())
                    .orElseThrow(() -> new Refusal(Refusal.Kind.FORBIDDEN, "KEY_WITHOUT_DEPARTMENT"));
            if (departmentId != null && departmentId != department.id()) {
                throw new Refusal(Refusal.Kind.FORBIDDEN, "BATCH_OF_ANOTHER_DEPARTMENT");
            }
        } else {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "ACCESS_DENIED");
        }
        if (!department.maySend(kind)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "KIND_NOT_ALLOWED", department.name(),
                    new MessageKey("recordKind." + kind.name()));
        }
        return department;
    }

    private QuarantinedRow view(Batch batch, QuarantineStore.Row row) {
        RecordSchema schema = RecordSchemas.of(batch.kind());
        var values = new LinkedHashMap<String, String>();
        row.rawValues().forEach((field, value) -> values.put(field,
                schema.field(field).map(f -> Masks.of(f, value)).orElse(value)));
        var errors = row.problems().stream()
                .map(p -> new RowError(row.id(), row.rowNumber(), p.field(), p.code(), p.arguments())).toList();
        return new QuarantinedRow(row.id(), row.batchId(), batch.kind(), batch.departmentId(), row.rowNumber(), values,
                errors, row.status(), row.resolvedBatchId());
    }

    private static boolean isStaff(Caller caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.OFFICER) || caller.has(Role.REVIEWER)
                || caller.has(Role.AUDITOR);
    }

    private static void requireStaff(Caller caller) {
        if (!caller.has(Role.ADMIN) && !caller.has(Role.OFFICER)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "ACCESS_DENIED");
        }
    }

}
