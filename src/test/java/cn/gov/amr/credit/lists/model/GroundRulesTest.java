package cn.gov.amr.credit.lists.model;

import static cn.gov.amr.credit.lists.model.Calendar2026.d;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

import cn.gov.amr.credit.lists.AbnormalGround;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Each ground's listing and removal, and who may be on which list. */
class GroundRulesTest {

    private static final LocalDate TODAY = d("2026-12-03");
    private final AnnualReportSchedule schedule = new AnnualReportSchedule(MonthDay.of(6, 30));
    private final GroundRules rules = new GroundRules(schedule, d("2025-01-01"));

    private static ListingFacts facts(EntityKind kind, Set<Integer> filed, LocalDate decidedOn) {
        return new ListingFacts(kind, EntityStatus.ACTIVE, d("2019-04-01"), filed, decidedOn, TODAY);
    }

    @Test
    void aNonFilerIsListedForTheReportNowDueAndRemovedOnceItFiledThatReport() {
        var rule = rules.of(AbnormalGround.ANNUAL_REPORT_NOT_FILED);
        var july = facts(EntityKind.ENTERPRISE, Set.of(2024), d("2026-07-10"));
        assertThat(rule.reportYear(july)).isEqualTo(2025);
        assertThat(rule.refuseListing(july)).isEmpty();
        assertThat(rule.refuseRemoval(july, 2025)).contains("GROUND_NOT_REMEDIED");
        assertThat(rule.refuseRemoval(facts(EntityKind.ENTERPRISE, Set.of(2024, 2025), d("2026-08-01")), 2025)).isEmpty();
    }

    @Test
    void beforeThirtyJuneTheReportDueIsTheYearBeforesSoAFilerOfItIsNotListed() {
        var rule = rules.of(AbnormalGround.ANNUAL_REPORT_NOT_FILED);
        var june = facts(EntityKind.ENTERPRISE, Set.of(2024), d("2026-06-30"));
        assertThat(rule.reportYear(june)).isEqualTo(2024);
        assertThat(rule.refuseListing(june)).contains("ANNUAL_REPORT_FILED");
    }

    @Test
    void anEntityFoundedAfterTheReportYearIsNotListedForMissingIt() {
        var rule = rules.of(AbnormalGround.ANNUAL_REPORT_NOT_FILED);
        var young = new ListingFacts(EntityKind.ENTERPRISE, EntityStatus.ACTIVE, d("2026-02-01"), Set.of(),
                d("2026-07-10"), TODAY);
        assertThat(rule.refuseListing(young)).contains("ANNUAL_REPORT_NOT_DUE");
    }

    @ParameterizedTest
    @EnumSource(value = AbnormalGround.class, names = {"ORDERED_INFORMATION_NOT_PUBLISHED", "FALSE_INFORMATION",
            "ADDRESS_UNREACHABLE", "NAME_NOT_CHANGED"})
    void anOfficerJudgedGroundIsListedAndRemovedOnTheOfficersFinding(AbnormalGround ground) {
        var rule = rules.of(ground);
        var facts = facts(EntityKind.ENTERPRISE, Set.of(), d("2026-05-06"));
        assertThat(rule.refuseListing(facts)).isEmpty();
        assertThat(rule.refuseRemoval(facts, null)).isEmpty();
        assertThat(rule.reportYear(facts)).isNull();
    }

    @Test
    void theNameGroundCannotGroundADecisionBeforeItCameIntoForce() {
        var rule = rules.of(AbnormalGround.NAME_NOT_CHANGED);
        assertThat(rule.refuseListing(facts(EntityKind.ENTERPRISE, Set.of(), d("2024-12-31")))).contains("GROUND_NOT_IN_FORCE");
        assertThat(rule.refuseListing(facts(EntityKind.ENTERPRISE, Set.of(), d("2025-01-01")))).isEmpty();
    }

    @Test
    void anIndividualBusinessIsNeverListedOnlyMarkedAndOthersAreNeverMarked() {
        var individual = facts(EntityKind.INDIVIDUAL_BUSINESS, Set.of(), d("2026-05-06"));
        assertThat(ListingEligibility.refuse(ListKind.ABNORMAL, individual)).contains("INDIVIDUAL_BUSINESS_NOT_LISTED");
        assertThat(ListingEligibility.refuse(ListKind.ABNORMAL_STATE, individual)).isEmpty();
        for (EntityKind kind : new EntityKind[] {EntityKind.ENTERPRISE, EntityKind.COOPERATIVE}) {
            var facts = facts(kind, Set.of(), d("2026-05-06"));
            assertThat(ListingEligibility.refuse(ListKind.ABNORMAL, facts)).isEmpty();
            assertThat(ListingEligibility.refuse(ListKind.ABNORMAL_STATE, facts)).contains("ONLY_INDIVIDUAL_BUSINESS_MARKED");
        }
        assertThat(ListingEligibility.refuse(ListKind.ABNORMAL, facts(EntityKind.OTHER, Set.of(), d("2026-05-06"))))
                .contains("KIND_NOT_LISTED");
    }

    @Test
    void theKindIsCheckedBeforeTheStatusAndTheDates() {
        var deregisteredIndividual = new ListingFacts(EntityKind.INDIVIDUAL_BUSINESS, EntityStatus.DEREGISTERED,
                d("2019-04-01"), Set.of(), d("2027-01-01"), TODAY);
        assertThat(ListingEligibility.refuse(ListKind.ABNORMAL, deregisteredIndividual))
                .contains("INDIVIDUAL_BUSINESS_NOT_LISTED");
        var deregistered = new ListingFacts(EntityKind.ENTERPRISE, EntityStatus.DEREGISTERED, d("2019-04-01"), Set.of(),
                d("2026-05-06"), TODAY);
        assertThat(ListingEligibility.refuse(ListKind.ABNORMAL, deregistered)).contains("ENTITY_NOT_ACTIVE");
        assertThat(ListingEligibility.refuse(ListKind.ABNORMAL, facts(EntityKind.ENTERPRISE, Set.of(), d("2026-12-04"))))
                .contains("DECIDED_IN_FUTURE");
        assertThat(ListingEligibility.refuse(ListKind.ABNORMAL, facts(EntityKind.ENTERPRISE, Set.of(), d("2019-03-31"))))
                .contains("DECIDED_BEFORE_ESTABLISHMENT");
    }

    @Test
    void theThreeListingInspectionResultsGiveTheirGroundsAndNoOtherResultDoes() {
        assertThat(InspectionResults.groundsOf(Set.of("1", "5", "6"))).isEmpty();
        assertThat(InspectionResults.groundsOf(Set.of("2", "4", "6"))).containsExactlyInAnyOrder(
                AbnormalGround.ORDERED_INFORMATION_NOT_PUBLISHED, AbnormalGround.ADDRESS_UNREACHABLE);
        assertThat(InspectionResults.groundsOf(Set.of("3"))).containsExactly(AbnormalGround.FALSE_INFORMATION);
    }
}
