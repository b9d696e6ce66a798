package cn.gov.amr.credit.ingestion.model;

import static cn.gov.amr.credit.ingestion.model.CheckFixtures.penaltyField;
import static cn.gov.amr.credit.ingestion.model.CheckFixtures.penaltyRow;
import static cn.gov.amr.credit.ingestion.model.TestCodes.CODE_A;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.gov.amr.credit.shared.IdentifierProblem;
import org.junit.jupiter.api.Test;

class CreditCodeCheckTest {

    private final CreditCodeCheck check = new CreditCodeCheck("creditCode");

    @Test
    void aSoundCodeIsWrittenUpperCase() {
        var row = penaltyRow();
        assertThat(check.check(penaltyField("creditCode"), "91330100799655058b", row)).isEqualTo("91330100799655058B");
        assertThat(row.suspect).isFalse();
    }

    @Test
    void thePartysCodeFailingOnlyItsCheckCharacterIsKeptAsSuspect() {
        var row = penaltyRow();
        String suspect = TestCodes.withWrongCheckCharacter(CODE_A);
        assertThat(check.check(penaltyField("creditCode"), suspect, row)).isEqualTo(suspect);
        assertThat(row.suspect).isTrue();
        assertThat(row.problems).isEmpty();
    }

    @Test
    void theSameCodeInTheAuthorityFieldIsAProblem() {
        var row = penaltyRow();
        String suspect = TestCodes.withWrongCheckCharacter(CODE_A);
        assertThat(check.check(penaltyField("authorityCode"), suspect, row)).isNull();
        assertThat(row.suspect).isFalse();
        assertThat(row.problems).containsExactly(new RowProblem("authorityCode", IdentifierProblem.CHECK_CHARACTER,
                List.of(18, String.valueOf(CODE_A.charAt(17)), String.valueOf(suspect.charAt(17)))));
    }

    @Test
    void aCodeOfTheWrongLengthIsAProblemNotASuspect() {
        var row = penaltyRow();
        assertThat(check.check(penaltyField("creditCode"), CODE_A.substring(0, 17), row)).isNull();
        assertThat(row.suspect).isFalse();
        assertThat(row.problems).containsExactly(new RowProblem("creditCode", IdentifierProblem.LENGTH, List.of(18, 17)));
    }
}
