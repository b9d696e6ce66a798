package cn.gov.amr.credit.creditfile.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import cn.gov.amr.credit.creditfile.CreditFlag;
import cn.gov.amr.credit.creditfile.FlagKind;
import cn.gov.amr.credit.ingestion.RecordFact;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.registry.EntityStatus;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class FlagRulesTest {

    private static final MonthDay JUNE_30 = MonthDay.of(6, 30);
    private static final LocalDate TODAY = LocalDate.parse("2026-11-26");

    private static RecordFact fact(RecordKind kind, String key, String decided, String until) {
        return new RecordFact("91360481MA00000000", kind, key, decided == null ? null : LocalDate.parse(decided),
                until == null ? null : LocalDate.parse(until));
    }

    @Test
    void aDishonestDebtorIsFlaggedOpenEndedFromItsEarliestPublication() {
        var flags = FlagRules.fromRecords(TODAY, List.of(fact(RecordKind.DISHONEST_DEBTOR, "A", "2023-05-01", null),
                fact(RecordKind.DISHONEST_DEBTOR, "B", "2021-02-03", null)));
        assertThat(flags).containsExactly(new CreditFlag(FlagKind.DISHONEST_DEBTOR, LocalDate.parse("2021-02-03"), null, 2));
    }

    @Test
    void penaltiesAreFlaggedUntilTheLatestValidityEnd() {
        var flags = FlagRules.fromRecords(TODAY, List.of(fact(RecordKind.PENALTY, "1", "2022-01-01", "2025-01-01"),
                fact(RecordKind.PENALTY, "2", "2023-01-01", "2027-06-30"), fact(RecordKind.LICENCE, "x", "2020-01-01", null)));
        assertThat(flags).containsExactly(new CreditFlag(FlagKind.PENALTY_IN_FORCE, LocalDate.parse("2023-01-01"),
                LocalDate.parse("2027-06-30"), 1));
    }

    @Test
    void aCommendationWithoutEndIsOpenEnded() {
        var flags = FlagRules.fromRecords(TODAY, List.of(fact(RecordKind.COMMENDATION, "1", "2022-01-01", "2023-01-01"),
                fact(RecordKind.COMMENDATION, "2", "2024-01-01", null)));
        assertThat(flags).containsExactly(new CreditFlag(FlagKind.COMMENDED, LocalDate.parse("2024-01-01"), null, 1));
    }

    @Test
    void onlyLapsedPenaltiesGiveNoFlag() {
        assertThat(FlagRules.fromRecords(TODAY, List.of(fact(RecordKind.PENALTY, "1", "2020-01-01", "2026-11-25"))))
                .isEmpty();
        assertThat(FlagRules.fromRecords(TODAY, List.of(fact(RecordKind.PENALTY, "1", "2020-01-01", "2026-11-26"))))
                .extracting(CreditFlag::flag).containsExactly(FlagKind.PENALTY_IN_FORCE);
    }

    @Test
    void noRecordsNoFlags() {
        assertThat(FlagRules.fromRecords(TODAY, List.of(fact(RecordKind.LICENCE, "1", "2022-01-01", "2030-01-01")))).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"2026-06-30,2024", "2026-07-01,2025", "2026-01-01,2024", "2026-12-31,2025"})
    void theDueReportYearTurnsTheDayAfterTheDeadline(String today, int year) {
        assertThat(FlagRules.dueReportYear(LocalDate.parse(today), JUNE_30)).isEqualTo(year);
    }

    @Test
    void anActiveEntityWithoutTheDueReportIsFlagged() {
        var flag = FlagRules.annualReportMissing(LocalDate.parse("2020-05-01"), EntityStatus.ACTIVE,
                List.of(fact(RecordKind.ANNUAL_REPORT, "2024", "2025-06-01", null)), LocalDate.parse("2026-07-01"), JUNE_30);
        assertThat(flag).map(CreditFlag::flag).contains(FlagKind.ANNUAL_REPORT_MISSING);
        assertThat(flag).map(CreditFlag::since).contains(LocalDate.parse("2026-07-01"));
    }

    @Test
    void theReportForTheDueYearClearsTheFlag() {
        assertThat(FlagRules.annualReportMissing(LocalDate.parse("2020-05-01"), EntityStatus.ACTIVE,
                List.of(fact(RecordKind.ANNUAL_REPORT, "2025", "2026-06-01", null)), LocalDate.parse("2026-07-01"),
                JUNE_30)).isEmpty();
    }

    @Test
    void entitiesFoundedAfterTheDueYearOrNoLongerActiveAreNotFlagged() {
        assertThat(FlagRules.annualReportMissing(LocalDate.parse("2026-01-05"), EntityStatus.ACTIVE, List.of(),
                LocalDate.parse("2026-07-01"), JUNE_30)).isEmpty();
        assertThat(FlagRules.annualReportMissing(LocalDate.parse("2010-01-05"), EntityStatus.DEREGISTERED, List.of(),
                LocalDate.parse("2026-07-01"), JUNE_30)).isEmpty();
    }
}
