package cn.gov.amr.credit.lists.model;

import java.time.LocalDate;
import java.util.Optional;

import cn.gov.amr.credit.lists.AbnormalGround;

/**
 * The grounds whose facts the platform cannot see for itself and the officer establishes (an order not
 * complied with, false information found, the address unreachable, a name not changed): listed on the
 * officer's finding, removed on the officer's finding that it was remedied (the information published,
 * corrected, a reachable address registered or shown, the name changed), stated in the removal's reason.
 * A ground in force only since a date (the name ground, since 2025 [config]) cannot ground a decision before it.
 */
public final class OfficerJudgedRule implements GroundRule {

    private final AbnormalGround ground;
    private final LocalDate inForceSince;

    /** @param inForceSince the first day the ground exists in law, or null (always) */
    public OfficerJudgedRule(AbnormalGround ground, LocalDate inForceSince) {
        if (ground == AbnormalGround.ANNUAL_REPORT_NOT_FILED) {
            throw new IllegalArgumentException("the annual-report ground has its own rule");
        }
        this.ground = ground;
        this.inForceSince = inForceSince;
    }

    @Override
    public AbnormalGround ground() {
        return ground;
    }

    @Override
    public Optional<String> refuseListing(ListingFacts facts) {
        return inForceSince != null && facts.decidedOn().isBefore(inForceSince)
                ? Optional.of("GROUND_NOT_IN_FORCE") : Optional.empty();
    }

    @Override
    public Optional<String> refuseRemoval(ListingFacts facts, Integer reportYear) {
        return Optional.empty();
    }
}
