package cn.gov.amr.credit.disclosure.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.audit.AuditActions;
import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.disclosure.infrastructure.ChangeFeed;
import cn.gov.amr.credit.disclosure.infrastructure.ObjectionStore;
import cn.gov.amr.credit.disclosure.infrastructure.PublicKeys;
import cn.gov.amr.credit.disclosure.model.ChangeReason;
import cn.gov.amr.credit.disclosure.model.ObjectedRecords;
import cn.gov.amr.credit.disclosure.model.Objection;
import cn.gov.amr.credit.disclosure.model.RaisedObjection;
import cn.gov.amr.credit.disclosure.model.ShownRecord;
import cn.gov.amr.credit.shared.Paged;
import cn.gov.amr.credit.shared.Refusal.FieldProblem;
import cn.gov.amr.credit.shared.Refusal;
import cn.gov.amr.credit.shared.Throttled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Objections (异议) to public credit information: anyone may raise one; REVIEWERs answer, confirming the
 * record, correcting it, or rejecting the objection. Records under an open objection are marked in
 * the public report. Every step is audited (the contact is not written to the audit log).
 *
 * <p>Against spam (issue 10): an objection names a record the entity's public report shows (by its public
 * id), or the entity as a whole; a repeat of an open objection (same record, same reason, from the same
 * address or with the same contact) returns that objection instead of a new one; and at most
 * {@link ObjectionSettings#perAddressPerDay()} objections per client address in 24 hours and
 * {@link ObjectionSettings#openPerRecord()} open ones per record from distinct addresses are taken.
 */
@Service
public class Objections {

    static final int MAX_REASON = 2000;
    static final int MAX_CONTACT = 200;
    private static final Duration DAY = Duration.ofDays(1);
    private final ObjectionStore store;
    private final ChangeFeed feed;
    private final PublicCredit credit;
    private final PublicKeys keys;
    private final ObjectionSettings settings;
    private final AuditLog audit;
    private final Clock clock;

    Objections(ObjectionStore store, ChangeFeed feed, PublicCredit credit, PublicKeys keys, ObjectionSettings settings,
               AuditLog audit, Clock clock) {
        this.store = store;
        this.feed = feed;
        this.credit = credit;
        this.keys = keys;
        this.settings = settings;
        this.audit = audit;
        this.clock = clock;
    }

    /** What is objected to: a record of the entity's public report by its public id, or (null) the entity as a whole. */
    public record Subject(String entityCode, String recordId) {
    }

    /**
     * Raises an objection from a client {@code address}. 404 RECORD_NOT_FOUND when the entity's report
     * shows no record with the id; 429 OBJECTION_LIMIT_ADDRESS or OBJECTION_LIMIT_RECORD over the limits.
     */
    @Transactional
    public RaisedObjection raise(Subject subject, String reason, String contact, String address) {
        var problems = new ArrayList<FieldProblem>();
        check(problems, "$.reason", reason, MAX_REASON);
        check(problems, "$.contact", contact, MAX_CONTACT);
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_OBJECTION", problems);
        }
        String recordId = blankToNull(subject.recordId());
        String code = credit.entity(subject.entityCode()).code();
        ShownRecord shown = recordId == null ? null : credit.record(code, recordId)
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "RECORD_NOT_FOUND", recordId));
        String text = normalized(reason);
        String contactText = contact.strip();
        String addressKey = keys.names().address(address == null ? "" : address);
        store.lockAddress(addressKey);
        var repeat = store.openRepeat(code, recordId, text, contactText, addressKey);
        if (repeat.isPresent()) {
            return new RaisedObjection(repeat.get(), true);
        }
        Instant now = clock.instant();
        requireWithinLimits(code, recordId, addressKey, now);
        long id = store.insert(new ObjectionStore.NewObjection(code, recordId,
                shown == null ? null : shown.kind().name(), shown == null ? null : shown.record().documentNumber(),
                text, contactText, addressKey, now));
        feed.append(List.of(code), ChangeReason.OBJECTION, now);
        audit.record(AuditActions.OBJECTION_RAISED, "objection:" + id, Map.of("entity", code,
                "record", recordId == null ? "" : recordId));
        return new RaisedObjection(store.find(id).orElseThrow(), false);
    }

    private void requireWithinLimits(String code, String recordId, String addressKey, Instant now) {
        var recent = store.raisedFrom(addressKey, now.minus(DAY));
        if (recent.size() >= settings.perAddressPerDay()) {
            // the oldest of the last perAddressPerDay leaves the 24-hour window first
            Instant frees = recent.get(recent.size() - settings.perAddressPerDay()).plus(DAY);
            throw new Throttled("OBJECTION_LIMIT_ADDRESS", Duration.between(now, frees).toSeconds() + 1,
                    settings.perAddressPerDay());
        }
        if (store.openAddresses(code, recordId) >= settings.openPerRecord()) {
            throw new Throttled("OBJECTION_LIMIT_RECORD", settings.recordRetryAfterSeconds(), settings.openPerRecord());
        }
    }

    /** A page (from 1) of the objections in a status (OPEN when null), oldest first, with their total. */
    @Transactional(readOnly = true)
    public Paged<Objection> queue(Objection.Status status, int page, int size) {
        var shown = status == null ? Objection.Status.OPEN : status;
        return Paged.of(store.byStatus(shown, (long) (page - 1) * size, size), page, size, store.countByStatus(shown));
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
        feed.append(List.of(objection.entityCode()), ChangeReason.OBJECTION, clock.instant());
        audit.record(AuditActions.OBJECTION_ANSWERED, "objection:" + id, Map.of("decision", decision.name()));
        return store.find(id).orElseThrow();
    }

    /** The entity's records under an open objection. */
    @Transactional(readOnly = true)
    public ObjectedRecords openRecords(String entityCode) {
        return store.openRecords(entityCode);
    }

    private static void check(List<FieldProblem> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, "REQUIRED"));
        } else if (value.length() > max) {
            problems.add(new FieldProblem(field, "TOO_LONG", List.of(max)));
        }
    }

    /** The reason as compared for repeats: stripped, runs of white space as one space. */
    private static String normalized(String reason) {
        return reason.strip().replaceAll("\\s+", " ");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
