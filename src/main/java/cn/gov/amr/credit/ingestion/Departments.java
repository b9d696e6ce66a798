package cn.gov.amr.credit.ingestion;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gov.amr.credit.audit.AuditActions;
import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.identity.ApiClient;
import cn.gov.amr.credit.identity.ApiKeys;
import cn.gov.amr.credit.ingestion.infrastructure.DepartmentStore;
import cn.gov.amr.credit.ingestion.model.RecordSchemas;
import cn.gov.amr.credit.shared.CreditCode;
import cn.gov.amr.credit.shared.Refusal;
import cn.gov.amr.credit.shared.Refusal.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register of source departments. Each department has one API key at a time (shown once,
 * stored as SHA-256 by identity); its key's holder may send only the department's record kinds.
 */
@Service
public class Departments {

    static final int MAX_NAME = 100;
    private final DepartmentStore store;
    private final ApiKeys keys;
    private final AuditLog audit;
    private final Clock clock;

    Departments(DepartmentStore store, ApiKeys keys, AuditLog audit, Clock clock) {
        this.store = store;
        this.keys = keys;
        this.audit = audit;
        this.clock = clock;
    }

    /** Registers a department and issues its first key. */
    @Transactional
    public RegisteredDepartment register(DepartmentDraft draft) {
        var checked = check(draft);
        long id = store.insert(checked.code(), checked.name(), checked.kind(), checked.recordKinds(),
                        checked.headerMapping(), clock.instant(), AuditLog.currentActor().name())
                .orElseThrow(() -> new Refusal(Refusal.Kind.CONFLICT, "DEPARTMENT_EXISTS", checked.code()));
        var issued = keys.issue(checked.name(), checked.code());
        store.setApiKey(id, issued.id());
        audit.record(AuditActions.DEPARTMENT_REGISTERED, "department:" + id,
                Map.of("code", checked.code(), "name", checked.name(), "recordKinds", checked.recordKinds().toString()));
        return new RegisteredDepartment(get(id), issued.apiKey());
    }

    /** Changes name, kind, record kinds and header mapping (the code never changes). */
    @Transactional
    public Department change(long id, DepartmentDraft draft, Integer expectedVersion) {
        var current = load(id);
        // what the change leaves out stays as it is (never widened to the registration defaults)
        var checked = check(new DepartmentDraft(draft.name() == null ? current.name() : draft.name(), current.code(),
                draft.kind() == null ? current.kind() : draft.kind(),
                draft.recordKinds() == null || draft.recordKinds().isEmpty() ? current.recordKinds() : draft.recordKinds(),
                draft.headerMapping() == null ? current.headerMapping() : draft.headerMapping()));
        int version = expectedVersion == null ? current.version() : expectedVersion;
        if (!store.update(id, version, checked.name(), checked.kind(), checked.recordKinds(), checked.headerMapping(),
                clock.instant())) {
            throw new Refusal(Refusal.Kind.PRECONDITION_FAILED, "STALE_VERSION", current.version());
        }
        audit.record(AuditActions.DEPARTMENT_CHANGED, "department:" + id,
                Map.of("name", checked.name(), "recordKinds", checked.recordKinds().toString()));
        return get(id);
    }

    /** Revokes the department's key and issues a new one. */
    @Transactional
    public RegisteredDepartment rotateKey(long id) {
        var row = load(id);
        var issued = row.apiKeyId() == null ? keys.issue(row.name(), row.code()) : keys.rotate(row.apiKeyId());
        store.setApiKey(id, issued.id());
        return new RegisteredDepartment(get(id), issued.apiKey());
    }

    /** Revokes the department's key: it can send nothing until a new key is issued. */
    @Transactional
    public Department revokeKey(long id) {
        var row = load(id);
        if (row.apiKeyId() != null && keys.find(row.apiKeyId()).map(ApiClient::active).orElse(false)) {
            keys.revoke(row.apiKeyId());
        }
        return get(id);
    }

    @Transactional(readOnly = true)
    public List<Department> all() {
        return store.all().stream().map(this::view).toList();
    }

    @Transactional(readOnly = true)
    public Department get(long id) {
        return view(load(id));
    }

    @Transactional(readOnly = true)
    public Optional<Department> findByCode(String code) {
        return store.findByCode(code).map(this::view);
    }

    private DepartmentStore.Row load(long id) {
        return store.find(id).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "DEPARTMENT_NOT_FOUND", id));
    }

    private Department view(DepartmentStore.Row row) {
        Optional<ApiClient> key = row.apiKeyId() == null ? Optional.empty() : keys.find(row.apiKeyId());
        return new Department(row.id(), row.code(), row.name(), row.kind(), row.recordKinds(), row.headerMapping(),
                key.map(ApiClient::keyPrefix).orElse(null), key.map(ApiClient::active).orElse(false), row.createdAt(),
                row.createdBy(), row.version());
    }

    private static DepartmentDraft check(DepartmentDraft draft) {
        var problems = new ArrayList<FieldProblem>();
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            problems.add(new FieldProblem("$.name", "INVALID_NAME", List.of(MAX_NAME)));
        }
        var code = CreditCode.check(draft.code());
        if (!code.valid()) {
            var first = code.errors().get(0);
            problems.add(new FieldProblem("$.code", first.code(), first.arguments()));
        }
        Set<RecordKind> kinds = draft.recordKinds() == null || draft.recordKinds().isEmpty()
                ? EnumSet.allOf(RecordKind.class) : EnumSet.copyOf(draft.recordKinds());
        Map<RecordKind, Map<String, String>> mapping = new EnumMap<>(RecordKind.class);
        if (draft.headerMapping() != null) {
            draft.headerMapping().forEach((kind, columns) -> {
                var schema = RecordSchemas.of(kind);
                columns.forEach((header, field) -> {
                    if (schema.field(field).isEmpty()) {
                        problems.add(new FieldProblem("$.headerMapping." + kind + "." + header, "FIELD_UNKNOWN",
                                List.of(field)));
                    }
                });
                mapping.put(kind, Map.copyOf(columns));
            });
        }
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_DEPARTMENT", problems);
        }
        return new DepartmentDraft(name, code.normalized(),
                draft.kind() == null ? DepartmentKind.HORIZONTAL : draft.kind(), kinds, mapping);
    }
}
