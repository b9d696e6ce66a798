package cn.gov.amr.credit.disclosure.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import cn.gov.amr.credit.disclosure.application.PublicitySettings;

/**
 * The publicity rules of DOMAIN §8 for administrative penalties. Only penalties under the ordinary
 * procedure are published: a warning alone, or a fine alone within the on-the-spot limit, counts as
 * simple procedure and is never shown. A shown penalty is public from its decision date for the short
 * period (a notice of criticism or a low-amount fine, nothing heavier), else the standard period, or
 * until its restriction ends when that is later; and not once its publication was stopped.
 */
public final class PenaltyPublicity {

    private PenaltyPublicity() {
    }

    public static Publicity on(LocalDate today, PenaltyFacts penalty, PublicitySettings policy) {
        Set<String> categories = penalty.categories();
        if (categories.equals(Set.of(policy.warningCategory()))) {
            return new Publicity(Publicity.Status.WARNING_ONLY, null);
        }
        BigDecimal fine = penalty.fineYuan() == null ? BigDecimal.ZERO : penalty.fineYuan();
        boolean fineOnly = categories.equals(Set.of(policy.fineCategory()))
                || categories.equals(Set.of(policy.warningCategory(), policy.fineCategory()));
        BigDecimal simpleLimit = penalty.person() ? policy.simpleFineLimitPerson() : policy.simpleFineLimitOrganisation();
        if (fineOnly && fine.compareTo(simpleLimit) <= 0) {
            return new Publicity(Publicity.Status.SIMPLE_PROCEDURE, null);
        }
        LocalDate until = penalty.decidedOn().plus(lightOnly(penalty, fine, policy)
                ? policy.shortPeriod() : policy.standardPeriod()).minusDays(1);
        boolean restricts = categories.stream().anyMatch(policy.restrictionCategories()::contains);
        if (restricts && penalty.restrictionUntil() != null && penalty.restrictionUntil().isAfter(until)) {
            until = penalty.restrictionUntil();
        }
        if (penalty.publicationStopped()) {
            return new Publicity(Publicity.Status.PUBLICATION_STOPPED, until);
        }
        return today.isAfter(until) ? new Publicity(Publicity.Status.PERIOD_ENDED, until)
                : new Publicity(Publicity.Status.PUBLIC, until);
    }

    /** Nothing heavier than a notice of criticism, a warning or a low-amount fine. */
    private static boolean lightOnly(PenaltyFacts penalty, BigDecimal fine, PublicitySettings policy) {
        BigDecimal low = penalty.person() ? policy.lowFinePerson() : policy.lowFineOrganisation();
        for (String category : penalty.categories()) {
            boolean light = category.equals(policy.criticismCategory()) || category.equals(policy.warningCategory())
                    || (category.equals(policy.fineCategory()) && fine.compareTo(low) < 0);
            if (!light) {
                return false;
            }
        }
        return true;
    }
}
