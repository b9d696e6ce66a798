package cn.gov.amr.credit.ingestion;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.audit.AuditActions;
import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.identity.Caller;
import cn.gov.amr.credit.identity.Callers;
import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.ingestion.application.BatchQueue;
import cn.gov.amr.credit.ingestion.files.TabularSource;
import cn.gov.amr.credit.ingestion.files.UnreadableFileException;
import cn.gov.amr.credit.ingestion.infrastructure.BatchStore;
import cn.gov.amr.credit.ingestion.model.RecordSchema;
import cn.gov.amr.credit.ingestion.model.RecordSchemas;
import cn.gov.amr.credit.ingestion.model.UploadFileName;
import cn.gov.amr.credit.ingestion.pipeline.BatchProcessor;
import cn.gov.amr.credit.shared.MessageKey;
import cn.gov.amr.credit.shared.Refusal.FieldProblem;
import cn.gov.amr.credit.shared.Refusal;
import cn.gov.amr.credit.ingestion.application.IngestionSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives batches (files and pushes) from departments, or from officers on a department's behalf,
 * checks at once what can be checked at once (permission for the kind, size, format, columns), queues
 * them for the worker, and reports on them. A department's key sees only its own batches. The rows a
 * batch did not accept are reviewed through {@code application.Quarantine}.
 */
@Service
public class Ingestion {

    /** Most errors listed in a batch's summary; the rest are paged. */
    public static final int SUMMARY_ERRORS = 100;

    private final BatchStore batches;
    private final Departments departments;
    private final BatchProcessor processor;
    private final BatchQueue queue;
    private final Callers callers;
    private final AuditLog audit;
    private final IngestionSettings settings;
    private final JsonMapper json;
    private final Clock clock;

    Ingestion(BatchStore batches, Departments departments, BatchProcessor processor, BatchQueue queue,
              Callers callers, AuditLog audit, IngestionSettings settings, JsonMapper json, Clock clock) {
        this.batches = batches;
        this.departments = departments;
        this.processor = processor;
        this.queue = queue;
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
        return queue.queue(department, kind, BatchChannel.FILE, UploadFileName.clean(fileName), source.format(),
                source.encoding(), content, null);
    }

    /** A JSON array of records of one kind (English field names); at most {@code maxPushRecords}. */
    @Transactional
    public Batch submitPush(Long departmentId, RecordKind kind, byte[] body) {
        checkPush(body);
        Department department = sender(departmentId, kind);
        return queue.queue(department, kind, BatchChannel.PUSH, null, "JSON", "UTF-8", body, null);
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
        queue.wakeAfterCommit();
        return batches.find(id).orElseThrow();
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

    private static boolean isStaff(Caller caller) {
        return caller.has(Role.ADMIN) || caller.has(Role.OFFICER) || caller.has(Role.REVIEWER)
                || caller.has(Role.AUDITOR);
    }
}
