package cn.gov.amr.credit.ingestion.application;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.audit.AuditActions;
import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.identity.Caller;
import cn.gov.amr.credit.identity.Callers;
import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.ingestion.Batch;
import cn.gov.amr.credit.ingestion.BatchChannel;
import cn.gov.amr.credit.ingestion.Department;
import cn.gov.amr.credit.ingestion.Departments;
import cn.gov.amr.credit.ingestion.Ingestion;
import cn.gov.amr.credit.ingestion.infrastructure.QuarantineStore;
import cn.gov.amr.credit.ingestion.model.FieldSpec;
import cn.gov.amr.credit.ingestion.model.Masks;
import cn.gov.amr.credit.ingestion.model.RecordSchema;
import cn.gov.amr.credit.ingestion.model.RecordSchemas;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rows not accepted and their review: a batch's errors, its quarantined rows (personal ID numbers
 * masked), an officer's correction sent through the pipeline again, or the row dismissed. Whoever may
 * see the batch ({@link Ingestion#batch}) may see its rows; only ADMIN and OFFICER dismiss.
 */
@Service
public class Quarantine {

    private final Ingestion ingestion;
    private final QuarantineStore quarantine;
    private final Departments departments;
    private final BatchQueue queue;
    private final Callers callers;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    Quarantine(Ingestion ingestion, QuarantineStore quarantine, Departments departments, BatchQueue queue,
               Callers callers, AuditLog audit, JsonMapper json, Clock clock) {
        this.ingestion = ingestion;
        this.quarantine = quarantine;
        this.departments = departments;
        this.queue = queue;
        this.callers = callers;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** The batch with a page (from 1) of its errors in row order and their total: one permission check. */
    @Transactional(readOnly = true)
    public BatchErrors errors(long batchId, int page, int size) {
        Batch batch = ingestion.batch(batchId);
        return new BatchErrors(batch, quarantine.errors(batchId, (long) (page - 1) * size, size),
                quarantine.errorCount(batchId));
    }

    /** Quarantined rows of a batch (personal ID numbers masked). */
    @Transactional(readOnly = true)
    public List<QuarantinedRow> quarantined(long batchId, int page, int size) {
        Batch batch = ingestion.batch(batchId);
        return quarantine.ofBatch(batchId, (long) (page - 1) * size, size).stream().map(row -> view(batch, row)).toList();
    }

    /** How many quarantined rows {@link #quarantined} pages through. */
    @Transactional(readOnly = true)
    public long quarantinedCount(long batchId) {
        ingestion.batch(batchId);
        return quarantine.countOfBatch(batchId);
    }

    @Transactional(readOnly = true)
    public QuarantinedRow quarantinedRow(long id) {
        var row = quarantine.find(id).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "ROW_NOT_FOUND", id));
        return view(ingestion.batch(row.batchId()), row);
    }

    /**
     * Sends an officer's correction of a quarantined row through the pipeline again as a batch of
     * its own; a masked value left as it was keeps the value originally sent.
     */
    @Transactional
    public Batch resubmit(long quarantineId, Map<String, String> corrected) {
        var row = quarantine.find(quarantineId)
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "ROW_NOT_FOUND", quarantineId));
        Batch original = ingestion.batch(row.batchId());
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
        Batch batch = queue.queue(department, original.kind(), BatchChannel.CORRECTION, null, "JSON", "UTF-8", body,
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

    private static void requireStaff(Caller caller) {
        if (!caller.has(Role.ADMIN) && !caller.has(Role.OFFICER)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "ACCESS_DENIED");
        }
    }
}
