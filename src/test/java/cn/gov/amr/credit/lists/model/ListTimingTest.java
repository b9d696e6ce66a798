package cn.gov.amr.credit.lists.model;

import static cn.gov.amr.credit.lists.model.Calendar2026.DAYS;
import static cn.gov.amr.credit.lists.model.Calendar2026.d;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The lists' legal timing on the 2026 calendar: deadlines across holidays and adjusted working weekends. */
class ListTimingTest {

    private final ListTiming timing = new ListTiming(10, 5, 3, 60, 3, 1, 30);

    @Test
    void aListingIsDueTenWorkingDaysAfterItsGroundSkippingTheSpringFestivalAndCountingTheWorkedSaturdays() {
        // ground on Thu 12 Feb: Fri 13 (1), Sat 14 worked (2), 15–23 off, Tue 24 (3), 25 (4), 26 (5), 27 (6),
        // Sat 28 worked (7), Mon 2 Mar (8), Tue 3 (9), Wed 4 (10)
        assertThat(timing.listingDue(d("2026-02-12"), DAYS)).isEqualTo(d("2026-03-04"));
    }

    @Test
    void theAnnualReportGroundArisingOnFirstJulyIsDueOnFourteenthJuly() {
        // 1 Jul 2026 is a Wednesday; no holiday in July: 2,3,6,7,8,9,10,13,14,15 → the tenth is Wed 15 Jul
        assertThat(timing.listingDue(d("2026-07-01"), DAYS)).isEqualTo(d("2026-07-15"));
    }

    @Test
    void aProposalRaisedBeforeNationalDayIsDueAfterItWithTheWorkedSaturdayTenthOctober() {
        // ground Wed 23 Sep: Thu 24 (1), 25–27 off, Mon 28 (2), Tue 29 (3), Wed 30 (4), 1–7 Oct off,
        // Thu 8 (5), Fri 9 (6), Sat 10 worked (7), Mon 12 (8), Tue 13 (9), Wed 14 (10)
        assertThat(timing.listingDue(d("2026-09-23"), DAYS)).isEqualTo(d("2026-10-14"));
    }

    @Test
    void aRemovalIsDueFiveWorkingDaysAfterTheRemedyAcrossMayDayAndTheWorkedSaturdayNinthMay() {
        // remedy Wed 29 Apr: Thu 30 (1), 1–5 May off, Wed 6 (2), Thu 7 (3), Fri 8 (4), Sat 9 worked (5)
        assertThat(timing.removalDue(d("2026-04-29"), DAYS)).isEqualTo(d("2026-05-09"));
    }

    @Test
    void theSixtyDayWarningCoversTheSixtyDaysBeforeTheThirdAnniversaryOnly() {
        var listed = d("2023-07-15");
        assertThat(timing.abnormalYearsReached(listed)).isEqualTo(d("2026-07-15"));
        assertThat(timing.inWarningWindow(listed, d("2026-05-15"))).as("61 days before").isFalse();
        assertThat(timing.inWarningWindow(listed, d("2026-05-16"))).as("60 days before").isTrue();
        assertThat(timing.inWarningWindow(listed, d("2026-07-14"))).as("the day before").isTrue();
        assertThat(timing.inWarningWindow(listed, d("2026-07-15"))).as("the anniversary: moved, not warned").isFalse();
    }

    @Test
    void threeFullYearsOnTheAbnormalListArePassedOnTheAnniversaryAndTheMoveIsDueTenWorkingDaysLater() {
        var listed = d("2023-06-12");
        assertThat(timing.abnormalYearsPassed(listed, d("2026-06-11"))).isFalse();
        assertThat(timing.abnormalYearsPassed(listed, d("2026-06-12"))).isTrue();
        // anniversary Fri 12 Jun; 19–21 Jun (Dragon Boat) off: 15,16,17,18,22,23,24,25,26,29 → Mon 29 Jun
        assertThat(timing.listingDue(timing.abnormalYearsReached(listed), DAYS)).isEqualTo(d("2026-06-29"));
    }

    @Test
    void aSeriousDishonestListingEndsByItselfAfterThreeYearsAndMayEndEarlyOnlyAfterOne() {
        var listed = d("2023-12-03");
        assertThat(timing.seriousExpired(listed, d("2026-12-02"))).isFalse();
        assertThat(timing.seriousExpired(listed, d("2026-12-03"))).isTrue();
        assertThat(timing.earlyRemovalAllowed(d("2026-03-01"), d("2027-02-28"))).isFalse();
        assertThat(timing.earlyRemovalAllowed(d("2026-03-01"), d("2027-03-01"))).isTrue();
    }

    @Test
    void anIndividualBusinessMarkedAbnormalMayObjectForThirtyCalendarDays() {
        assertThat(timing.objectionUntil(d("2026-09-20"))).isEqualTo(d("2026-10-20"));
    }
}
