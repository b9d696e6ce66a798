package cn.gov.amr.credit.ingestion.model;

import static cn.gov.amr.credit.ingestion.model.CheckFixtures.penaltyRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class DateOrderCheckTest {

    private final DateOrderCheck check = new DateOrderCheck();

    @Test
    void aValidityEndingBeforeTheDecisionIsReportedOnTheValidityEnd() {
        var row = penaltyRow();
        row.dates.put("decisionDate", LocalDate.of(2022, 3, 5));
        row.dates.put("validUntil", LocalDate.of(2022, 3, 4));
        check.check(row);
        assertThat(row.problems).containsExactly(RowProblem.of("validUntil", "DATE_BEFORE_DECISION", "2022-03-04", "2022-03-05"));
    }

    @Test
    void aValidityEndingOnTheDecisionDayIsInOrder() {
        var row = penaltyRow();
        row.dates.put("decisionDate", LocalDate.of(2022, 3, 5));
        row.dates.put("validUntil", LocalDate.of(2022, 3, 5));
        check.check(row);
        assertThat(row.problems).isEmpty();
    }

    @Test
    void noOrderProblemWhenEitherDateWasNotRead() {
        var row = penaltyRow();
        row.dates.put("validUntil", LocalDate.of(2022, 3, 4));
        check.check(row);
        assertThat(row.problems).isEmpty();
    }
}
