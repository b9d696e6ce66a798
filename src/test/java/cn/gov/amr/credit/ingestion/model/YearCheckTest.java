package cn.gov.amr.credit.ingestion.model;

import static cn.gov.amr.credit.ingestion.model.CheckFixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.amr.credit.ingestion.RecordKind;
import org.junit.jupiter.api.Test;

/** Today is 2022-09-30. */
class YearCheckTest {

    private static final RecordSchema ANNUAL_REPORT = RecordSchemas.of(RecordKind.ANNUAL_REPORT);
    private final YearCheck check = new YearCheck(TODAY);

    @Test
    void lastYearAndEveryYearSince1949AreReportYears() {
        assertThat(check.check(ANNUAL_REPORT.require("reportYear"), "2021", new RowDraft(ANNUAL_REPORT))).isEqualTo("2021");
        assertThat(check.check(ANNUAL_REPORT.require("reportYear"), "1949", new RowDraft(ANNUAL_REPORT))).isEqualTo("1949");
    }

    @Test
    void thisYearIsNotOverSoItCannotBeReported() {
        var row = new RowDraft(ANNUAL_REPORT);
        assertThat(check.check(ANNUAL_REPORT.require("reportYear"), "2022", row)).isNull();
        assertThat(row.problems).containsExactly(RowProblem.of("reportYear", "YEAR_INVALID", "2022"));
    }

    @Test
    void twoDigitsOrFiveAreNotAYear() {
        var row = new RowDraft(ANNUAL_REPORT);
        check.check(ANNUAL_REPORT.require("reportYear"), "21", row);
        check.check(ANNUAL_REPORT.require("reportYear"), "20210", row);
        assertThat(row.problems).extracting(RowProblem::code).containsExactly("YEAR_INVALID", "YEAR_INVALID");
    }
}
