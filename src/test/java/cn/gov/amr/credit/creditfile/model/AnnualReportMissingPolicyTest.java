package cn.gov.amr.credit.creditfile.model;

import cn.gov.amr.credit.creditfile.FlagKind;

import static cn.gov.amr.credit.creditfile.model.FlagFixtures.JUNE_30;
import static cn.gov.amr.credit.creditfile.model.FlagFixtures.day;
import static cn.gov.amr.credit.creditfile.model.FlagFixtures.entity;
import static cn.gov.amr.credit.creditfile.model.FlagFixtures.fact;
import static cn.gov.amr.credit.creditfile.model.FlagFixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.List;
import java.util.Locale;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.registry.EntityStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The deadline is 30 June. */
class AnnualReportMissingPolicyTest {

    private final AnnualReportMissingPolicy policy = new AnnualReportMissingPolicy(JUNE_30);

    @ParameterizedTest
    @CsvSource({"2026-06-30,2024", "2026-07-01,2025", "2026-01-01,2024", "2026-12-31,2025"})
    void theDueReportYearTurnsTheDayAfterTheDeadline(String today, int year) {
        assertThat(policy.dueReportYear(day(today))).isEqualTo(year);
    }

    @Test
    void anActiveEntityWithoutTheDueReportIsFlagged() {
        var flag = policy.flag(entity("2026-07-01", "2020-05-01", EntityStatus.ACTIVE,
                fact(RecordKind.ANNUAL_REPORT, "2024", "2025-06-01", null)));
        assertThat(flag).map(CreditFlag::flag).contains(FlagKind.ANNUAL_REPORT_MISSING);
        assertThat(flag).map(CreditFlag::since).contains(day("2026-07-01"));
        assertThat(flag).contains(new CreditFlag(FlagKind.ANNUAL_REPORT_MISSING, day("2026-07-01"), null, 1));
    }

    @Test
    void theReportForTheDueYearClearsTheFlag() {
        assertThat(policy.flag(entity("2026-07-01", "2020-05-01", EntityStatus.ACTIVE,
                fact(RecordKind.ANNUAL_REPORT, "2025", "2026-06-01", null)))).isEmpty();
    }

    @Test
    void onTheDeadlineItselfLastYearsReportIsNotYetDue() {
        assertThat(policy.flag(entity("2026-06-30", "2020-05-01", EntityStatus.ACTIVE,
                fact(RecordKind.ANNUAL_REPORT, "2024", "2025-06-01", null)))).isEmpty();
    }

    @Test
    void entitiesFoundedAfterTheDueYearOrNoLongerActiveAreNotFlagged() {
        assertThat(policy.flag(entity("2026-07-01", "2026-01-05", EntityStatus.ACTIVE))).isEmpty();
        assertThat(policy.flag(entity("2026-07-01", "2010-01-05", EntityStatus.DEREGISTERED))).isEmpty();
    }

    @Test
    void anEntityFoundedInTheDueYearOwesItsReport() {
        assertThat(policy.flag(entity("2026-07-01", "2025-12-31", EntityStatus.ACTIVE))).isPresent();
    }

    @Test
    void anEntityWithoutAKnownFoundingDateIsNotFlagged() {
        assertThat(policy.flag(entity("2026-07-01", null, EntityStatus.ACTIVE))).isEmpty();
    }

    @Test
    void noFlagForAYearWhoseReportsThePlatformHasNotReceivedAtAll() {
        var asked = new java.util.ArrayList<Integer>();
        var context = new FlagContext(day("2026-07-01"), List.of(), day("2020-05-01"), EntityStatus.ACTIVE,
                year -> asked.add(year) && false);
        assertThat(policy.flag(context)).isEmpty();
        assertThat(asked).containsExactly(2025);
    }

    @Test
    void fromRecordsAloneTheCalendarFlagNeverFires() {
        assertThat(policy.flag(FlagContext.ofRecords(day("2026-07-01"), List.of()))).isEmpty();
    }

    @Test
    void theFlagSaysWhichYearsReportWasDueByWhen() {
        var flag = policy.flag(entity("2026-07-01", "2020-05-01", EntityStatus.ACTIVE)).orElseThrow();
        var explanation = policy.explain(flag);
        assertThat(explanation).isEqualTo(FlagExplanation.of("flag.ANNUAL_REPORT_MISSING.why", Year.of(2025),
                day("2026-06-30")));
        assertThat(render(explanation, Locale.ENGLISH))
                .isEqualTo("The annual report for 2025 was due by 2026-06-30 and has not been received");
        assertThat(render(explanation, Locale.CHINA)).isEqualTo("2025 年度报告应于 2026-06-30 前报送，至今未收到");
    }
}
