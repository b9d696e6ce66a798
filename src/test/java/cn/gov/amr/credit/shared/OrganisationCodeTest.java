package cn.gov.amr.credit.shared;

import static cn.gov.amr.credit.shared.IdentifierGenerator.substitute;
import static cn.gov.amr.credit.shared.IdentifierProblem.illegalCharacter;
import static cn.gov.amr.credit.shared.IdentifierProblem.wrongCheckCharacter;
import static cn.gov.amr.credit.shared.IdentifierProblem.wrongLength;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationCodeTest {

    private static final long SEED = 11_714L;

    static Stream<String> generatedCodes() {
        var random = new Random(SEED);
        return IntStream.range(0, 200).mapToObj(i -> IdentifierGenerator.organisationCode(random));
    }

    @ParameterizedTest
    @ValueSource(strings = {"192203821", "100003962", "799655058"})
    void theOrganisationCodesInsideThePublishedCreditCodesAreValid(String code) {
        var checked = OrganisationCode.check(code);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.value().value()).isEqualTo(code);
    }

    @ParameterizedTest(name = "[{index}] \"{0}\"")
    @CsvSource(delimiter = '|', value = {
            "19220382-1 | 192203821",
            "１９２２０３８２－１ | 192203821",
            "' 1922 0382 - 1 ' | 192203821",
            "07439150-x | 07439150X",
    })
    void aHyphenBeforeTheCheckCharacterIsAcceptedAndRemoved(String raw, String canonical) {
        var checked = OrganisationCode.check(raw);
        assertThat(checked.normalized()).isEqualTo(canonical);
        assertThat(checked.valid()).isTrue();
        assertThat(OrganisationCode.of(raw).value()).isEqualTo(canonical);
    }

    @Test
    void aHyphenElsewhereIsAnIllegalCharacter() {
        assertThat(OrganisationCode.check("1922-03821").errors())
                .containsExactly(wrongLength(9, 10), illegalCharacter(5, "-"));
        assertThat(OrganisationCode.check("1922038-2-1").errors())
                .containsExactly(wrongLength(9, 10), illegalCharacter(8, "-"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"29141777X", "07439150X", "07049996X", "40000000X"})
    void aRemainderOfOneGivesTheCheckCharacterX(String code) {
        assertThat(OrganisationCode.checkCharacterFor(code.substring(0, 8))).isEqualTo('X');
        assertThat(OrganisationCode.check(code).valid()).isTrue();
        assertThat(OrganisationCode.check(code.substring(0, 8) + "0").errors())
                .containsExactly(wrongCheckCharacter(9, "X", "0"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"110704340", "306202780", "455514390", "000000000"})
    void aRemainderOfZeroGivesTheCheckCharacter0(String code) {
        assertThat(OrganisationCode.checkCharacterFor(code.substring(0, 8))).isEqualTo('0');
        assertThat(OrganisationCode.check(code).valid()).isTrue();
        assertThat(OrganisationCode.check(code.substring(0, 8) + "X").errors())
                .containsExactly(wrongCheckCharacter(9, "0", "X"));
    }

    @Test
    void lettersCountFromTenToThirtyFiveIncludingThoseACreditCodeLacks() {
        assertThat(OrganisationCode.checkCharacterFor("A0000000")).isEqualTo('3');
        assertThat(OrganisationCode.checkCharacterFor("Z0000000")).isEqualTo('5');
        assertThat(OrganisationCode.check("I0O0S0V0" + OrganisationCode.checkCharacterFor("I0O0S0V0")).valid()).isTrue();
    }

    @Test
    void theCheckCharacterIsADigitOrX() {
        assertThat(OrganisationCode.check("19220382A").errors()).containsExactly(illegalCharacter(9, "A"));
        assertThat(OrganisationCode.check("1922*382中").errors())
                .containsExactly(illegalCharacter(5, "*"), illegalCharacter(9, "中"));
    }

    @Test
    void wrongLengthIsReportedAndNoCheckCharacterComputed() {
        assertThat(OrganisationCode.check("19220382").errors()).containsExactly(wrongLength(9, 8));
        assertThat(OrganisationCode.check("1922038211").errors()).containsExactly(wrongLength(9, 10));
        assertThat(OrganisationCode.check(null).errors()).containsExactly(IdentifierProblem.empty());
        assertThat(OrganisationCode.check("-").errors()).containsExactly(wrongLength(9, 1), illegalCharacter(1, "-"));
    }

    @ParameterizedTest
    @MethodSource("generatedCodes")
    void everySubstitutionOfADigitByAnotherDigitInAnOrganisationCodeIsRejected(String code) {
        assertThat(OrganisationCode.check(code).valid()).isTrue();
        for (int index = 0; index < OrganisationCode.LENGTH; index++) {
            boolean checkCharacter = index == OrganisationCode.LENGTH - 1;
            if (!checkCharacter && !Character.isDigit(code.charAt(index))) {
                continue; // a letter may be replaced by a digit 11, 22 or 33 values away, which the check cannot see
            }
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != code.charAt(index)) {
                    String changed = substitute(code, index, digit);
                    assertThat(OrganisationCode.check(changed).errors()).as(changed)
                            .singleElement().extracting(IdentifierProblem::code)
                            .isEqualTo(IdentifierProblem.CHECK_CHARACTER);
                }
            }
        }
    }

    @Test
    void aLetterElevenValuesAwayFromTheOriginalGoesUnnoticedAsTheStandardAllows() {
        // 1 and C (12), A (10) and L (21): equal modulo 11, so the check cannot tell them apart.
        assertThat(OrganisationCode.check("192203821").valid()).isTrue();
        assertThat(OrganisationCode.check("C92203821").valid()).isTrue();
        assertThat(OrganisationCode.checkCharacterFor("A0000000")).isEqualTo(OrganisationCode.checkCharacterFor("L0000000"));
    }

    @Test
    void theConstructorAcceptsOnlyTheCanonicalForm() {
        assertThat(new OrganisationCode("192203821").value()).isEqualTo("192203821");
        assertThatThrownBy(() -> new OrganisationCode("19220382-1")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> new OrganisationCode("07439150x")).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void theCheckCharacterNeedsEightDigitsOrUpperCaseLetters() {
        assertThatThrownBy(() -> OrganisationCode.checkCharacterFor("1922038")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> OrganisationCode.checkCharacterFor("1922038a")).isInstanceOf(IllegalArgumentException.class);
    }
}
