package cn.gov.amr.credit.registry.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.model.CodeCheck.CodeType;
import cn.gov.amr.credit.shared.IdentifierProblem;
import org.junit.jupiter.api.Test;

/** The public code check without Spring: type, validity, and why not. */
class CodeCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

    private static CodeCheck.Result check(String raw) {
        return CodeCheck.check(raw, TODAY);
    }

    private static List<String> codes(List<IdentifierProblem> problems) {
        return problems.stream().map(IdentifierProblem::code).toList();
    }

    @Test
    void aValidCreditCodeGivesItsKindRegionAndCheckCharacter() {
        var result = check("914403001922038216");
        assertThat(result.valid()).isTrue();
        assertThat(result.codeType()).isEqualTo(CodeType.CREDIT_CODE);
        assertThat(result.normalized()).isEqualTo("914403001922038216");
        assertThat(result.entityKind()).isEqualTo(EntityKind.ENTERPRISE);
        assertThat(result.regionCode()).isEqualTo("440300");
        assertThat(result.expectedCheckCharacter()).isEqualTo("6");
        assertThat(result.errors()).isEmpty();
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void theSecondCharacterDecidesTheKind() {
        assertThat(check(cn.gov.amr.credit.registry.RegistryTestData.creditCode('2')).entityKind())
                .isEqualTo(EntityKind.INDIVIDUAL_BUSINESS);
        assertThat(check(cn.gov.amr.credit.registry.RegistryTestData.creditCode('3')).entityKind())
                .isEqualTo(EntityKind.COOPERATIVE);
    }

    @Test
    void aFailingCreditCodeNamesPosition18AndTheExpectedCharacter() {
        var result = check("91100000100003962X");
        assertThat(result.valid()).isFalse();
        assertThat(result.codeType()).isEqualTo(CodeType.CREDIT_CODE);
        assertThat(result.normalized()).isEqualTo("91100000100003962X");
        assertThat(result.expectedCheckCharacter()).isEqualTo("T");
        assertThat(result.errors()).containsExactly(IdentifierProblem.wrongCheckCharacter(18, "T", "X"));
    }

    @Test
    void fullWidthAndLowerCaseInputIsNormalised() {
        var result = check(" ９１３３０１００７９９６５５０５８ｂ ");
        assertThat(result.valid()).isTrue();
        assertThat(result.normalized()).isEqualTo("91330100799655058B");
    }

    @Test
    void aRegistrationNumberIsRecognisedAndChecked() {
        var valid = check("440300000000017");
        assertThat(valid.valid()).isTrue();
        assertThat(valid.codeType()).isEqualTo(CodeType.REGISTRATION_NUMBER);
        assertThat(valid.regionCode()).isEqualTo("440300");
        assertThat(valid.expectedCheckCharacter()).isEqualTo("7");

        var wrong = check("440300000000018");
        assertThat(wrong.valid()).isFalse();
        assertThat(wrong.codeType()).isEqualTo(CodeType.REGISTRATION_NUMBER);
        assertThat(wrong.errors()).containsExactly(IdentifierProblem.wrongCheckCharacter(15, "7", "8"));
    }

    @Test
    void anOrganisationCodeMayBeWrittenWithItsHyphen() {
        var result = check("10000396-2");
        assertThat(result.valid()).isTrue();
        assertThat(result.codeType()).isEqualTo(CodeType.ORGANISATION_CODE);
        assertThat(result.normalized()).isEqualTo("100003962");
        assertThat(result.expectedCheckCharacter()).isEqualTo("2");

        var wrong = check("100003963");
        assertThat(wrong.valid()).isFalse();
        assertThat(wrong.errors()).containsExactly(IdentifierProblem.wrongCheckCharacter(9, "2", "3"));
    }

    @Test
    void aPersonalIdNumberIsRefusedWithoutBeingEchoed() {
        for (String id : List.of("11010519491231002X", "110105194912310021")) {
            var result = check(id);
            assertThat(result.valid()).as(id).isFalse();
            assertThat(result.codeType()).as(id).isEqualTo(CodeType.UNKNOWN);
            assertThat(result.normalized()).as(id).isNull();
            assertThat(result.regionCode()).as(id).isNull();
            assertThat(result.expectedCheckCharacter()).as(id).isNull();
            assertThat(codes(result.errors())).as(id).containsExactly(CodeCheck.PERSONAL_ID);
            assertThat(result.toString()).as(id).doesNotContain(id);
        }
    }

    @Test
    void anIdShapedNumberWithoutARealBirthDateIsAFailingCreditCode() {
        assertThat(CodeCheck.looksLikePersonalId("110105194913310021", TODAY)).isFalse();
        assertThat(CodeCheck.looksLikePersonalId("110105203001010021", TODAY)).isFalse();
        assertThat(CodeCheck.looksLikePersonalId("110105194912310021", TODAY)).isTrue();
        assertThat(check("110105194913310021").codeType()).isEqualTo(CodeType.CREDIT_CODE);
    }

    @Test
    void wrongLengthsAreUnknown() {
        var short5 = check("12345");
        assertThat(short5.codeType()).isEqualTo(CodeType.UNKNOWN);
        assertThat(short5.valid()).isFalse();
        assertThat(short5.normalized()).isEqualTo("12345");
        assertThat(short5.errors()).containsExactly(new IdentifierProblem(CodeCheck.UNKNOWN_TYPE, List.of(5)));

        assertThat(check("91440300192203821").codeType()).isEqualTo(CodeType.UNKNOWN);
        assertThat(check("9144030019220382166").codeType()).isEqualTo(CodeType.UNKNOWN);
    }

    @Test
    void nothingGivenIsUnknownAndEmpty() {
        for (String raw : new String[] {null, "", "   ", "\u3000"}) {
            var result = check(raw);
            assertThat(result.codeType()).isEqualTo(CodeType.UNKNOWN);
            assertThat(result.normalized()).isNull();
            assertThat(codes(result.errors())).containsExactly(IdentifierProblem.EMPTY);
        }
    }

    @Test
    void aVeryLongInputIsNotEchoed() {
        var result = check("1".repeat(CodeCheck.MAX_ECHO + 1));
        assertThat(result.codeType()).isEqualTo(CodeType.UNKNOWN);
        assertThat(result.normalized()).isNull();
    }

    @Test
    void aBadEmbeddedOrganisationCodeIsOnlyAWarning() {
        String first17 = "9136048112345678" + "0";
        String code = first17 + cn.gov.amr.credit.shared.CreditCode.checkCharacterFor(first17);
        var result = check(code);
        assertThat(result.valid()).isTrue();
        assertThat(codes(result.warnings())).containsExactly(IdentifierProblem.EMBEDDED_ORGANISATION_CODE);
    }

    @Test
    void illegalCharactersAreNamedWithTheirPosition() {
        var result = check("91440300192203821O");
        assertThat(result.valid()).isFalse();
        assertThat(result.codeType()).isEqualTo(CodeType.CREDIT_CODE);
        assertThat(result.errors()).contains(IdentifierProblem.illegalCharacter(18, "O"));
        assertThat(result.expectedCheckCharacter()).isEqualTo("6");
    }
}
