package cn.gov.amr.credit.ingestion.model;

import static cn.gov.amr.credit.ingestion.model.CheckFixtures.penaltyField;
import static cn.gov.amr.credit.ingestion.model.CheckFixtures.penaltyRow;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.gov.amr.credit.shared.IdentifierProblem;
import org.junit.jupiter.api.Test;

class IdentifierCodeCheckTest {

    private static final String ORGANISATION_CODE = TestCodes.organisationCode("MA35XY7Q");
    private static final String REGISTRATION_NUMBER = TestCodes.registrationNumber("36048100000012");

    @Test
    void anOrganisationCodeIsTakenWithOrWithoutItsHyphen() {
        var check = IdentifierCodeCheck.organisationCode();
        String typed = ORGANISATION_CODE.substring(0, 8).toLowerCase() + "-" + ORGANISATION_CODE.charAt(8);
        assertThat(check.check(penaltyField("organisationCode"), typed.toUpperCase(), penaltyRow())).isEqualTo(ORGANISATION_CODE);
        assertThat(check.check(penaltyField("organisationCode"), ORGANISATION_CODE, penaltyRow())).isEqualTo(ORGANISATION_CODE);
    }

    @Test
    void anOrganisationCodeWithAWrongCheckCharacterNamesTheExpectedOne() {
        char right = ORGANISATION_CODE.charAt(8);
        char wrong = right == '1' ? '2' : '1';
        var row = penaltyRow();
        assertThat(IdentifierCodeCheck.organisationCode().check(penaltyField("organisationCode"),
                ORGANISATION_CODE.substring(0, 8) + wrong, row)).isNull();
        assertThat(row.problems).containsExactly(new RowProblem("organisationCode", IdentifierProblem.CHECK_CHARACTER,
                List.of(9, String.valueOf(right), String.valueOf(wrong))));
    }

    @Test
    void aRegistrationNumberOfFourteenDigitsIsTooShort() {
        var check = IdentifierCodeCheck.registrationNumber();
        assertThat(check.check(penaltyField("registrationNumber"), REGISTRATION_NUMBER, penaltyRow())).isEqualTo(REGISTRATION_NUMBER);
        var row = penaltyRow();
        assertThat(check.check(penaltyField("registrationNumber"), REGISTRATION_NUMBER.substring(0, 14), row)).isNull();
        assertThat(row.problems).extracting(RowProblem::code).containsExactly(IdentifierProblem.LENGTH);
    }
}
