package cn.gov.amr.credit.disclosure;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.audit.AuditActions;
import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.disclosure.infrastructure.ChangeFeed;
import cn.gov.amr.credit.disclosure.infrastructure.ObjectionStore;
import cn.gov.amr.credit.registry.Registry;
import cn.gov.amr.credit.shared.Refusal;
import cn.gov.amr.credit.shared.Refusal.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections (异议) to public credit information: anyone may raise one; REVIEWERs answer, confirming the
 * record, correcting it, or rejecting the objection. Records under an open objection are marked in
 * the public report. Every step is audited (the contact is not written to the audit log).
 */
@Service
public class Objections {

    static final int MAX_REASON = 2000;
    static final int MAX_CONTACT = 200;
    private final ObjectionStore store;
    private final ChangeFeed feed;
    private final Registry registry;
    private final AuditLog audit;
    private final Clock clock;

    Objections(ObjectionStore store, ChangeFeed feed, Registry registry, AuditLog audit, Clock clock) {
        this.store = store;
        this.feed = feed;
        this.registry = registry;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Objection raise(String entityCode, String recordKind, String documentNumber, String reason,
                           String contact) {
        var problems = new ArrayList<FieldProblem>();
        check(problems, "$.reason", reason, MAX_REASON);
        check(problems, "$.contact", contact, MAX_CONTACT);
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_OBJECTION", problems);
        }
        String code = registry.find(entityCode).code();
        long id = store.insert(code, blankToNull(recordKind), blankToNull(documentNumber), reason.strip(),
                contact.strip(), clock.instant());
        feed.append(List.of(code), "OBJECTION", clock.instant());
        audit.record(AuditActions.OBJECTION_RAISED, "objection:" + id, Map.of("entity", code,
                "document", documentNumber == null ? "" : documentNumber));
        return store.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<Objection> queue(Objection.Status status, int page, int size) {
        return store.byStatus(status == null ? Objection.Status.OPEN : status, (long) (page - 1) * size, size);
    }

    @Transactional
    public Objection answer(long id, Objection.Status decision, String answer) {
        if (decision == null || decision == Objection.Status.OPEN || answer == null || answer.isBlank()) {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_ANSWER",
                    List.of(new FieldProblem(decision == null || decision == Objection.Status.OPEN ? "$.decision"
                            : "$.answer", "REQUIRED")));
        }
        var objection = store.find(id)
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "OBJECTION_NOT_FOUND", id));
        if (!store.answer(id, decision, answer.strip(), clock.instant(), AuditLog.currentActor().name())) {
            throw new Refusal(Refusal.Kind.CONFLICT, "OBJECTION_ALREADY_ANSWERED", id);
        }
        feed.append(List.of(objection.entityCode()), "OBJECTION", clock.instant());
        audit.record(AuditActions.OBJECTION_ANSWERED, "objection:" + id, Map.of("decision", decision.name()));
        return store.find(id).orElseThrow();
    }

    /** Document numbers under an open objection; an empty string stands for the entity as a whole. */
    @Transactional(readOnly = true)
    public List<String> openDocuments(String entityCode) {
        return store.openDocuments(entityCode);
    }

    private static void check(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "REQUIRED"));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "TOO_LONG", List.of(max)));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
