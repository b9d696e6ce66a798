package cn.gov.amr.credit.lists;

/**
 * The decisions on the lists (DOMAIN §7), each checked against its rule, made only in the caller's
 * jurisdiction (ADMIN everywhere), recorded with who decided and when, audited and published as
 * {@link EntityListed} / {@link EntityRemoved}. Refusals are {@code shared.Refusal}s with a code.
 */
public interface ListDecisions {

    /** Puts an enterprise or cooperative on the abnormal-operations list (an individual business: 422). */
    Listing listAbnormal(AbnormalListingDecision decision);

    /** Removes an abnormal listing (移出经营异常名录). */
    Listing removeAbnormal(long id, RemovalDecision decision);

    /** Marks an individual business abnormal (经营异常状态); other kinds are refused (422). */
    Listing markAbnormalState(AbnormalListingDecision decision);

    /** Restores an individual business marked abnormal to the normal state. */
    Listing restore(long id, RemovalDecision decision);

    /** Puts an entity on the serious illegal and dishonest list. */
    Listing listSeriousDishonest(SeriousDishonestDecision decision);

    /** Removes a serious dishonest listing by decision (e.g. the penalty was revoked). */
    Listing removeSeriousDishonest(long id, RemovalDecision decision);

    /**
     * Removes a serious dishonest listing early after credit repair: refused before one year on the list
     * ({@code EARLY_REMOVAL_TOO_SOON}). The repair module calls it; the API exposes it.
     */
    Listing removeEarly(long id, RemovalDecision decision);

    /**
     * Raises an officer's own proposal, due within the listing period of the day its ground arose; the same
     * entity, ground and day proposed again is refused ({@code PROPOSAL_EXISTS}, 409), so a repeated request
     * adds nothing.
     */
    Proposal propose(ManualProposal proposal);

    /** Dismisses an open proposal with a reason. */
    Proposal dismiss(long proposalId, String reason);

    /**
     * The daily work: proposals for non-filers after the deadline, for remedied grounds, for three
     * years on the abnormal list; automatic removals (three years on the serious dishonest list,
     * deregistered entities). Idempotent; once across instances.
     */
    DailyListsResult runDaily();
}
