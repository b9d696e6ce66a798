package cn.gov.amr.credit.ingestion.model;

import static cn.gov.amr.credit.ingestion.model.CheckFixtures.penaltyField;
import static cn.gov.amr.credit.ingestion.model.CheckFixtures.penaltyRow;
import static cn.gov.amr.credit.ingestion.model.TestCodes.RESIDENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.gov.amr.credit.shared.IdentifierProblem;
import org.junit.jupiter.api.Test;

class PersonalIdCheckTest {

    private final PersonalIdCheck check = new PersonalIdCheck();

    @Test
    void aResidentIdNumberIsCheckedAndWrittenWithAnUpperCaseX() {
        assertThat(check.check(penaltyField("partyIdNumber"), "11010519491231002x", penaltyRow())).isEqualTo(RESIDENT_ID);
    }

    @Test
    void aWrongCheckCharacterIsNamedWithoutRepeatingTheDigits() {
        var row = penaltyRow();
        assertThat(check.check(penaltyField("partyIdNumber"), "110105194912310021", row)).isNull();
        assertThat(row.problems).containsExactly(new RowProblem("partyIdNumber", IdentifierProblem.CHECK_CHARACTER,
                List.of(18, "X", "1")));
    }

    @Test
    void anImpossibleBirthDateNeverAppearsInTheProblem() {
        var row = penaltyRow();
        check.check(penaltyField("partyIdNumber"), TestCodes.residentId("11010519491331002"), row);
        assertThat(row.problems).extracting(RowProblem::code).containsExactly(IdentifierProblem.BIRTH_DATE);
        assertThat(row.problems.get(0).arguments()).noneMatch(a -> a instanceof String s && s.contains("19491331"));
    }

    @Test
    void aPassportNumberIsKeptAsGiven() {
        var row = penaltyRow();
        assertThat(check.check(penaltyField("partyIdNumber"), "E12345678", row)).isEqualTo("E12345678");
        assertThat(row.problems).isEmpty();
    }
}
