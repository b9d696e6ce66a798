package cn.gov.amr.credit.lists.model;

import java.util.Optional;

import cn.gov.amr.credit.lists.AbnormalGround;

/**
 * The rule of one ground of the abnormal list (and of the abnormal state): when a listing on it may be
 * decided, and when its removal may. Each answers the refusal code (message {@code problem.<code>}) or
 * nothing. One class per ground; {@link GroundRules} holds them.
 */
public interface GroundRule {

    AbnormalGround ground();

    /** Why a listing on this ground may not be decided on these facts; empty if it may. */
    Optional<String> refuseListing(ListingFacts facts);

    /**
     * Why the listing may not be removed yet; empty if it may. {@code reportYear} is the listing's report
     * year (annual-report ground only, else null).
     */
    Optional<String> refuseRemoval(ListingFacts facts, Integer reportYear);

    /** The report year a listing decided on {@code facts.decidedOn()} is about; null for grounds without one. */
    default Integer reportYear(ListingFacts facts) {
        return null;
    }
}
