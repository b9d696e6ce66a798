package cn.gov.amr.credit.ingestion.model;

import static cn.gov.amr.credit.ingestion.model.CheckFixtures.TODAY;
import static cn.gov.amr.credit.ingestion.model.CheckFixtures.penaltyField;
import static cn.gov.amr.credit.ingestion.model.CheckFixtures.penaltyRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateCheckTest {

    private final DateCheck check = new DateCheck("decisionDate", TODAY);

    @Test
    void aDateInAnAcceptedFormatIsWrittenIsoAndKeptForTheRowChecks() {
        var row = penaltyRow();
        assertThat(check.check(penaltyField("decisionDate"), "2022年3月5日", row)).isEqualTo("2022-03-05");
        assertThat(row.dates).containsEntry("decisionDate", LocalDate.of(2022, 3, 5));
        assertThat(row.problems).isEmpty();
    }

    @Test
    void anUnreadableDateIsNamed() {
        var row = penaltyRow();
        assertThat(check.check(penaltyField("decisionDate"), "N/A", row)).isNull();
        assertThat(row.problems).containsExactly(RowProblem.of("decisionDate", "DATE_UNREADABLE", "N/A"));
        assertThat(row.dates).isEmpty();
    }

    @Test
    void aDayThatDoesNotExistIsImpossible() {
        var row = penaltyRow();
        check.check(penaltyField("validUntil"), "2022-02-30", row);
        assertThat(row.problems).containsExactly(RowProblem.of("validUntil", "DATE_IMPOSSIBLE", "2022-02-30"));
    }

    @Test
    void aDateBeforeTheFoundingOfThePeoplesRepublicOrAfter2199IsImpossible() {
        var row = penaltyRow();
        check.check(penaltyField("decisionDate"), "1949-09-30", row);
        check.check(penaltyField("validUntil"), "2200-01-01", row);
        assertThat(row.problems).extracting(RowProblem::code).containsExactly("DATE_IMPOSSIBLE", "DATE_IMPOSSIBLE");
        assertThat(check.check(penaltyField("decisionDate"), "1949-10-01", penaltyRow())).isEqualTo("1949-10-01");
    }

    @Test
    void aDecisionAfterTodayIsInTheFutureButOtherDatesMayBe() {
        var row = penaltyRow();
        assertThat(check.check(penaltyField("decisionDate"), "2022-10-01", row)).isNull();
        assertThat(row.problems).containsExactly(RowProblem.of("decisionDate", "DATE_IN_FUTURE", "2022-10-01"));
        assertThat(check.check(penaltyField("decisionDate"), "2022-09-30", penaltyRow())).isEqualTo("2022-09-30");
        assertThat(check.check(penaltyField("validUntil"), "2030-01-01", penaltyRow())).isEqualTo("2030-01-01");
    }
}
