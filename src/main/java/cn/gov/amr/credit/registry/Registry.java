package cn.gov.amr.credit.registry;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.gov.amr.credit.audit.AuditActions;
import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.identity.Caller;
import cn.gov.amr.credit.identity.Callers;
import cn.gov.amr.credit.identity.Jurisdiction;
import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.registry.infrastructure.Entities;
import cn.gov.amr.credit.registry.infrastructure.EntityChanges;
import cn.gov.amr.credit.registry.infrastructure.EntitySearch;
import cn.gov.amr.credit.registry.model.Industry;
import cn.gov.amr.credit.registry.model.ChangeLog;
import cn.gov.amr.credit.registry.model.EntityChange;
import cn.gov.amr.credit.registry.model.EntityDraft;
import cn.gov.amr.credit.registry.model.EntityDrafts;
import cn.gov.amr.credit.registry.model.EntityRules;
import cn.gov.amr.credit.registry.model.SearchPlan;
import cn.gov.amr.credit.shared.CreditCode;
import cn.gov.amr.credit.shared.Identifiers;
import cn.gov.amr.credit.shared.LegalTime;
import cn.gov.amr.credit.shared.LocalizedName;
import cn.gov.amr.credit.shared.MessageKey;
import cn.gov.amr.credit.shared.Refusal;
import cn.gov.amr.credit.shared.Refusal.FieldProblem;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's API: registering and changing market entities (jurisdiction-scoped for officers,
 * every change kept with who, when and what), finding and searching them. Entities handed out have
 * the legal representative's ID number masked; {@link #reveal} shows it and audits the view.
 */
@Service
public class Registry {

    private final Entities entities;
    private final EntitySearch search;
    private final EntityChanges changes;
    private final Callers callers;
    private final UserAccounts accounts;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Registry(Entities entities, EntitySearch search, EntityChanges changes, Callers callers, UserAccounts accounts,
             AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.entities = entities;
        this.search = search;
        this.changes = changes;
        this.callers = callers;
        this.accounts = accounts;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Where an entity comes from: its own registration (the code must pass its check), or the registration system. */
    public enum Origin { API, REGISTRATION_SYSTEM }

    /**
     * Registers a new entity. A code failing only its check character is accepted, flagged for
     * review, when an ADMIN loads it from the registration system; otherwise refused.
     */
    @Transactional
    public MarketEntity register(EntityDraft submitted, Origin origin) {
        var draft = EntityDrafts.visible(submitted);
        var caller = callers.current();
        var checked = CreditCode.check(draft.code());
        boolean fromRegistration = origin == Origin.REGISTRATION_SYSTEM && caller.has(Role.ADMIN);
        if (origin == Origin.REGISTRATION_SYSTEM && !fromRegistration) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "REGISTRATION_ORIGIN_ADMIN_ONLY");
        }
        var problems = new ArrayList<>(EntityRules.codeProblems(checked, fromRegistration));
        String code = checked.normalized();
        problems.addAll(EntityRules.fieldProblems(draft, problems.isEmpty() ? code : null, reference()));
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_ENTITY", problems);
        }
        requireTargetJurisdiction(caller, draft.jurisdiction());
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        boolean flagged = !checked.valid();
        var entity = EntityDrafts.build(code, draft, draft.legalRepresentative(), flagged,
                flagged ? checked.errors().get(0).description() : null, 1, now, caller.name(), now, caller.name());
        if (!entities.insert(entity)) {
            throw new Refusal(Refusal.Kind.CONFLICT, "ENTITY_EXISTS", code);
        }
        changes.record(code, 1, now, caller.name(), EntityChange.Kind.CREATED, ChangeLog.created(entity));
        events.publishEvent(new EntityRegistered(code));
        return entity.masked();
    }

    /**
     * Replaces an entity's fields. {@code expectedVersion} (from If-Match) guards against lost updates;
     * null skips the check. An absent or masked ID number keeps the stored one.
     */
    @Transactional
    public MarketEntity change(String rawCode, EntityDraft submitted, Integer expectedVersion) {
        var draft = EntityDrafts.visible(submitted);
        var caller = callers.current();
        var current = load(rawCode);
        if (draft.code() != null && !Identifiers.normalize(draft.code()).equals(current.code())) {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_ENTITY", List.of(new FieldProblem("$.code", "CODE_IMMUTABLE")));
        }
        boolean hasIdNumber = current.legalRepresentative() != null && current.legalRepresentative().idNumber() != null;
        var problems = EntityRules.fieldProblems(draft, current.code(), reference(), hasIdNumber);
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_ENTITY", problems);
        }
        requireJurisdiction(caller, current.jurisdiction());
        requireTargetJurisdiction(caller, draft.jurisdiction());
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new Refusal(Refusal.Kind.PRECONDITION_FAILED, "STALE_VERSION", current.version());
        }
        var representative = EntityDrafts.keepStoredIdNumber(draft.legalRepresentative(), current.legalRepresentative());
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        var changed = EntityDrafts.build(current.code(), draft, representative, current.reviewFlag(), current.reviewReason(),
                current.version() + 1, current.createdAt(), current.createdBy(), now, caller.name());
        if (!entities.update(changed, current)) {
            throw new Refusal(Refusal.Kind.PRECONDITION_FAILED, "STALE_VERSION", current.version());
        }
        var diff = ChangeLog.diff(current, changed);
        changes.record(changed.code(), changed.version(), now, caller.name(), EntityChange.Kind.UPDATED, diff);
        events.publishEvent(new EntityChanged(changed.code(), changed.version()));
        return changed.masked();
    }

    /** The entity, ID number masked. */
    @Transactional(readOnly = true)
    public MarketEntity find(String rawCode) {
        return load(rawCode).masked();
    }

    /** The entity, ID number masked, to be changed by the caller: refused outside an officer's jurisdiction. */
    @Transactional(readOnly = true)
    public MarketEntity findForChange(String rawCode) {
        var entity = load(rawCode);
        requireJurisdiction(callers.current(), entity.jurisdiction());
        return entity.masked();
    }

    /** Whether the current caller may change this entity (ADMIN; OFFICER of its jurisdiction). */
    public boolean mayChange(MarketEntity entity) {
        return callers.current().mayChangeIn(entity.jurisdiction());
    }

    /** The entity with the ID number in full; the view is audited. For ADMIN and OFFICER only. */
    @Transactional
    public MarketEntity reveal(String rawCode) {
        var caller = callers.current();
        if (!caller.has(Role.ADMIN) && !caller.has(Role.OFFICER)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "REVEAL_NOT_ALLOWED");
        }
        var entity = load(rawCode);
        audit.record(AuditActions.PERSONAL_DATA_REVEALED, entity.code(),
                Map.of("field", "legalRepresentative.idNumber"));
        return entity;
    }

    @Transactional(readOnly = true)
    public List<EntityChange> history(String rawCode) {
        return history(load(rawCode));
    }

    /** The history of an entity the caller already holds, newest first. */
    @Transactional(readOnly = true)
    public List<EntityChange> history(MarketEntity entity) {
        return changes.history(entity.code());
    }

    /** A page of entities matching the query, ID numbers masked. */
    @Transactional(readOnly = true)
    public EntityPage search(EntityQuery query) {
        var plan = SearchPlan.of(query.q());
        if (plan.type() == SearchPlan.Type.TOO_SHORT) {
            throw new Refusal(Refusal.Kind.INVALID, "QUERY_TOO_SHORT", List.of(new FieldProblem("q", "QUERY_TOO_SHORT")));
        }
        var page = search.search(query, plan);
        boolean identifier = plan.type() == SearchPlan.Type.CREDIT_CODE
                || plan.type() == SearchPlan.Type.REGISTRATION_NUMBER || plan.type() == SearchPlan.Type.ORGANISATION_CODE;
        if (page.total() == 0 && identifier) {
            page = search.search(query, plan.asName());
        }
        return new EntityPage(page.items().stream().map(MarketEntity::masked).toList(), page.total(), page.totalCapped());
    }

    /**
     * Candidates for matching records to entities: every entity that holds one of the codes,
     * registration numbers or organisation codes, or whose legal representative bears one of the names.
     */
    @Transactional(readOnly = true)
    public List<EntityIdentity> identities(Collection<String> codes, Collection<String> registrationNumbers,
                                           Collection<String> organisationCodes, Collection<String> representatives) {
        return entities.identities(codes, registrationNumbers, organisationCodes, representatives);
    }

    /** How many entities are registered. */
    @Transactional(readOnly = true)
    public long count() {
        return entities.count();
    }

    /** Every registered entity's identifiers, ordered by code. */
    @Transactional(readOnly = true)
    public List<EntityIdentity> allIdentities() {
        return entities.allIdentities();
    }

    /**
     * Every entity by code, ID numbers masked: a cursor that must be read and closed inside the caller's
     * transaction (for bulk files).
     */
    @Transactional(readOnly = true)
    public java.util.stream.Stream<MarketEntity> streamAll() {
        return entities.streamAll().map(MarketEntity::masked);
    }

    /**
     * Every entity's identifiers (no personal data beyond the legal representative's name), ordered by code
     * as {@link #streamAll()}: a light cursor for passes over the whole register (the lists' daily job), read
     * and closed inside the caller's transaction.
     */
    @Transactional(readOnly = true)
    public java.util.stream.Stream<EntityIdentity> streamIdentities() {
        return entities.streamIdentities();
    }

    /** The GB/T 4754 sections and divisions: code, Chinese name, English name. */
    @Transactional(readOnly = true)
    public List<Industry> industries() {
        return entities.industries();
    }

    public List<Jurisdiction> jurisdictions() {
        return accounts.jurisdictions();
    }

    private MarketEntity load(String rawCode) {
        String code = Identifiers.normalize(rawCode);
        return entities.find(code).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "ENTITY_NOT_FOUND", code));
    }

    /** The entity as it stands must lie in the officer's jurisdiction. */
    private void requireJurisdiction(Caller caller, String jurisdiction) {
        if (!caller.mayChangeIn(stripped(jurisdiction))) {
            requireOwnJurisdiction(caller);
            throw new Refusal(Refusal.Kind.FORBIDDEN, "OUTSIDE_JURISDICTION", nameOf(caller.jurisdiction()),
                    nameOf(stripped(jurisdiction)));
        }
    }

    /** The jurisdiction an entity is registered in or moved to must be the officer's own. */
    private void requireTargetJurisdiction(Caller caller, String target) {
        if (!caller.mayChangeIn(stripped(target))) {
            requireOwnJurisdiction(caller);
            throw new Refusal(Refusal.Kind.FORBIDDEN, "TARGET_OUTSIDE_JURISDICTION", nameOf(caller.jurisdiction()),
                    nameOf(stripped(target)));
        }
    }

    private static void requireOwnJurisdiction(Caller caller) {
        if (caller.jurisdiction() == null) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "NO_JURISDICTION");
        }
    }

    /** A jurisdiction by its name in the reader's language; its code if unknown; "none" if absent. */
    private Object nameOf(String code) {
        if (code == null) {
            return new MessageKey("users.jurisdiction.none");
        }
        return accounts.jurisdictions().stream().filter(j -> j.code().equals(code)).findFirst()
                .<Object>map(j -> new LocalizedName(j.nameZh(), j.nameEn())).orElse(code);
    }

    private static String stripped(String jurisdiction) {
        return jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction.strip();
    }

    private EntityRules.ReferenceData reference() {
        var codes = accounts.jurisdictions().stream().map(Jurisdiction::code).collect(Collectors.toCollection(HashSet::new));
        return new EntityRules.ReferenceData(codes, industrySections(), LegalTime.today(clock));
    }

    private volatile Map<String, String> industrySections;

    /** Reference data that only a migration changes: read once. */
    private Map<String, String> industrySections() {
        if (industrySections == null) {
            industrySections = Map.copyOf(entities.industrySections());
        }
        return industrySections;
    }
}
