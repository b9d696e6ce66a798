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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTest {

    private static final long SEED = 32_100_2015L;

    static Stream<String> publishedCodes() {
        return Stream.of("914403001922038216", "91100000100003962T", "91330100799655058B");
    }

    static Stream<String> generatedCodes() {
        var random = new Random(SEED);
        return IntStream.range(0, 200).mapToObj(i -> IdentifierGenerator.creditCode(random));
    }

    /** A generated code, a 0-based position and another symbol (of the alphabet or not) to put there. */
    static Stream<Arguments> generatedCodesWithASubstitution() {
        var random = new Random(SEED + 1);
        String symbols = CreditCode.ALPHABET + "IOSVZ*-中";
        return IntStream.range(0, 200).mapToObj(i -> {
            String code = IdentifierGenerator.creditCode(random);
            int index = random.nextInt(CreditCode.LENGTH);
            char replacement;
            do {
                replacement = symbols.charAt(random.nextInt(symbols.length()));
            } while (replacement == code.charAt(index));
            return Arguments.of(code, index, replacement);
        });
    }

    @ParameterizedTest
    @MethodSource("publishedCodes")
    void publishedCodesAreValidWithoutWarnings(String code) {
        var checked = CreditCode.check(code);
        assertThat(checked.valid()).isTrue();
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.warnings()).isEmpty();
        assertThat(checked.normalized()).isEqualTo(code);
        assertThat(checked.value()).isEqualTo(new CreditCode(code));
        assertThat(CreditCode.of(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"９１３３０１００７９９６５５０５８ｂ", "91330100799655058b", " 9133 0100 7996 5505 8B ",
            "\u3000９１３３０１００７９９６５５０５８Ｂ\t"})
    void typedCodesAreNormalisedBeforeTheCheck(String raw) {
        var checked = CreditCode.check(raw);
        assertThat(checked.normalized()).isEqualTo("91330100799655058B");
        assertThat(checked.valid()).isTrue();
        assertThat(CreditCode.of(raw)).isEqualTo(new CreditCode("91330100799655058B"));
    }

    @Test
    void aHyphenIsNoSeparatorInACreditCode() {
        assertThat(CreditCode.check("91330100-799655058B").errors())
                .containsExactly(wrongLength(18, 19), illegalCharacter(9, "-"));
    }

    @ParameterizedTest
    @MethodSource("publishedCodes")
    void publishedCheckCharactersAreComputedFromTheFirst17(String code) {
        assertThat(CreditCode.checkCharacterFor(code.substring(0, 17))).isEqualTo(code.charAt(17));
    }

    @ParameterizedTest
    @MethodSource("publishedCodes")
    void everySingleCharacterSubstitutionOfACreditCodeIsRejected(String code) {
        int rejected = 0;
        for (int index = 0; index < CreditCode.LENGTH; index++) {
            for (char symbol : CreditCode.ALPHABET.toCharArray()) {
                if (symbol == code.charAt(index)) {
                    continue;
                }
                String changed = substitute(code, index, symbol);
                var checked = CreditCode.check(changed);
                assertThat(checked.valid()).as(changed).isFalse();
                assertThat(checked.value()).as(changed).isNull();
                assertThat(checked.normalized()).as(changed).isEqualTo(changed);
                assertThatThrownBy(() -> new CreditCode(changed)).isInstanceOf(InvalidIdentifierException.class);
                boolean letterInRegionCode = index >= 2 && index <= 7 && !Character.isDigit(symbol);
                if (letterInRegionCode) {
                    assertThat(checked.errors()).as(changed).containsExactly(illegalCharacter(index + 1, "" + symbol));
                } else {
                    String expected = index == 17 ? "" + code.charAt(17) : "" + CreditCode.checkCharacterFor(changed.substring(0, 17));
                    assertThat(expected).as(changed).isNotEqualTo("" + changed.charAt(17));
                    assertThat(checked.errors()).as(changed)
                            .containsExactly(wrongCheckCharacter(18, expected, "" + changed.charAt(17)));
                }
                rejected++;
            }
        }
        assertThat(rejected).isEqualTo(18 * 30);
    }

    @ParameterizedTest
    @MethodSource("publishedCodes")
    void exactlyOneCheckCharacterCompletesTheFirst17(String code) {
        var accepted = CreditCode.ALPHABET.chars()
                .mapToObj(c -> code.substring(0, 17) + (char) c)
                .filter(candidate -> CreditCode.check(candidate).valid())
                .toList();
        assertThat(accepted).containsExactly(code);
    }

    @ParameterizedTest
    @MethodSource("generatedCodes")
    void generatedCodesWithComputedCheckCharactersAreValid(String code) {
        var checked = CreditCode.check(code);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.warnings()).isEmpty();
        var creditCode = checked.orElseThrow();
        assertThat(creditCode.value()).isEqualTo(code);
        assertThat(OrganisationCode.check(creditCode.organisationCode()).valid()).isTrue();
        assertThat("" + creditCode.registrationAuthority() + creditCode.entityKindCharacter() + creditCode.regionCode()
                + creditCode.organisationCode() + code.charAt(17)).isEqualTo(code);
    }

    @ParameterizedTest
    @MethodSource("generatedCodesWithASubstitution")
    void aRandomSingleSubstitutionOfAGeneratedCodeIsRejected(String code, int index, char replacement) {
        String changed = substitute(code, index, replacement);
        var checked = CreditCode.check(changed);
        assertThat(checked.valid()).isFalse();
        assertThat(checked.errors()).hasSize(1);
        assertThat(checked.errors().get(0).code())
                .isIn(IdentifierProblem.CHECK_CHARACTER, IdentifierProblem.ILLEGAL_CHARACTER);
    }

    @Test
    void theFieldsOfACodeAreItsPositions() {
        var code = CreditCode.of("914403001922038216");
        assertThat(code.registrationAuthority()).isEqualTo('9');
        assertThat(code.entityKindCharacter()).isEqualTo('1');
        assertThat(code.regionCode()).isEqualTo("440300");
        assertThat(code.organisationCode()).isEqualTo("192203821");
    }

    @Test
    void aCodeWhoseOnlyProblemIsItsCheckCharacterKeepsItsNormalisedTextForFlagging() {
        var checked = CreditCode.check(" 91440300192203821７ ");
        assertThat(checked.valid()).isFalse();
        assertThat(checked.value()).isNull();
        assertThat(checked.normalized()).isEqualTo("914403001922038217");
        assertThat(checked.errors()).containsExactly(wrongCheckCharacter(18, "6", "7"));
        assertThat(checked.warnings()).isEmpty();
        assertThatThrownBy(checked::orElseThrow).isInstanceOfSatisfying(InvalidIdentifierException.class,
                e -> assertThat(e.problems()).isEqualTo(checked.errors()));
    }

    @Test
    void anEmbeddedOrganisationCodeFailingItsCheckIsOnlyAWarning() {
        String first17 = "91440300192203822";
        String code = first17 + CreditCode.checkCharacterFor(first17);
        var checked = CreditCode.check(code);
        assertThat(checked.valid()).isTrue();
        assertThat(checked.value().value()).isEqualTo(code);
        assertThat(checked.warnings())
                .containsExactly(IdentifierProblem.embeddedOrganisationCode(17, "1", "2"));
        assertThat(new CreditCode(code).organisationCode()).isEqualTo("192203822");
    }

    @Test
    void anEmbeddedOrganisationCodeWithALetterAsCheckCharacterIsOnlyAWarning() {
        String first17 = "9144030019220382A";
        var checked = CreditCode.check(first17 + CreditCode.checkCharacterFor(first17));
        assertThat(checked.valid()).isTrue();
        assertThat(checked.warnings())
                .containsExactly(IdentifierProblem.embeddedOrganisationCode(17, "1", "A"));
    }

    @Test
    void theEmbeddedOrganisationCodeWarningAccompaniesAWrongCheckCharacter() {
        String first17 = "91440300192203822";
        char wrong = CreditCode.checkCharacterFor(first17) == '0' ? '1' : '0';
        var checked = CreditCode.check(first17 + wrong);
        assertThat(checked.errors()).extracting(IdentifierProblem::code).containsExactly(IdentifierProblem.CHECK_CHARACTER);
        assertThat(checked.warnings()).containsExactly(IdentifierProblem.embeddedOrganisationCode(17, "1", "2"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "   ", "\u3000\t\n"})
    void nothingGivenIsEmpty(String raw) {
        var checked = CreditCode.check(raw);
        assertThat(checked.normalized()).isEmpty();
        assertThat(checked.errors()).containsExactly(IdentifierProblem.empty());
        assertThatThrownBy(() -> new CreditCode(raw)).isInstanceOf(InvalidIdentifierException.class);
    }

    @Test
    void theConstructorCallsNullAndTheEmptyStringEmptyButDoesNotNormaliseBlanks() {
        assertThatThrownBy(() -> new CreditCode(null)).isInstanceOfSatisfying(InvalidIdentifierException.class,
                e -> assertThat(e.problems()).containsExactly(IdentifierProblem.empty()));
        assertThatThrownBy(() -> new CreditCode("")).isInstanceOfSatisfying(InvalidIdentifierException.class,
                e -> assertThat(e.problems()).containsExactly(IdentifierProblem.empty()));
        assertThatThrownBy(() -> new CreditCode(" ")).isInstanceOfSatisfying(InvalidIdentifierException.class,
                e -> assertThat(e.problems()).containsExactly(wrongLength(18, 1), illegalCharacter(1, " ")));
    }

    @Test
    void aCodeOfTheWrongLengthReportsBothLengthsAndNoCheckCharacter() {
        assertThat(CreditCode.check("91440300192203821").errors()).containsExactly(wrongLength(18, 17));
        assertThat(CreditCode.check("9144030019220382161").errors()).containsExactly(wrongLength(18, 19));
        var checked = CreditCode.check("91440300192203821 6 1");
        assertThat(checked.normalized()).isEqualTo("9144030019220382161");
        assertThat(checked.value()).isNull();
    }

    @Test
    void everyIllegalCharacterIsReportedWithItsPosition() {
        var checked = CreditCode.check("9I4403O019S203V21Z");
        assertThat(checked.errors()).containsExactly(
                illegalCharacter(2, "I"), illegalCharacter(7, "O"), illegalCharacter(11, "S"),
                illegalCharacter(15, "V"), illegalCharacter(18, "Z"));
    }

    @Test
    void lettersInTheRegionCodeAreIllegalEvenFromTheAlphabet() {
        assertThat(CreditCode.check("91A40300192203821B").errors()).containsExactly(illegalCharacter(3, "A"));
        assertThat(CreditCode.check("9144030Y1922038216").errors()).containsExactly(illegalCharacter(8, "Y"));
    }

    @Test
    void punctuationAndChineseCharactersAreIllegal() {
        assertThat(CreditCode.check("914403*0192203821中").errors())
                .containsExactly(illegalCharacter(7, "*"), illegalCharacter(18, "中"));
    }

    @Test
    void theLengthProblemComesBeforeTheIllegalCharacters() {
        assertThat(CreditCode.check("9144O30019220382").errors())
                .containsExactly(wrongLength(18, 16), illegalCharacter(5, "O"));
        assertThat(CreditCode.check("914403001922038216I").errors())
                .containsExactly(wrongLength(18, 19), illegalCharacter(19, "I"));
    }

    @Test
    void aCharacterOutsideTheBasicPlaneCountsAsOnePosition() {
        var checked = CreditCode.check("91440300192203821\uD83D\uDE00");
        assertThat(checked.errors()).containsExactly(illegalCharacter(18, "\uD83D\uDE00"));
    }

    @Test
    void theConstructorAcceptsOnlyTheCanonicalForm() {
        assertThat(new CreditCode("91100000100003962T").value()).isEqualTo("91100000100003962T");
        assertThatThrownBy(() -> new CreditCode("91100000100003962t"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.problems()).containsExactly(illegalCharacter(18, "t")));
        assertThatThrownBy(() -> new CreditCode(" 91100000100003962T"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> assertThat(e.problems())
                        .containsExactly(wrongLength(18, 19), illegalCharacter(1, " ")));
    }

    @Test
    void ofThrowsTheErrorsOfTheCheck() {
        assertThatThrownBy(() -> CreditCode.of("91100000100003962X"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.problems()).containsExactly(wrongCheckCharacter(18, "T", "X")))
                .hasMessageContaining("check character at position 18 should be T, found X");
    }

    @Test
    void theCheckCharacterNeeds17SymbolsOfTheAlphabet() {
        assertThatThrownBy(() -> CreditCode.checkCharacterFor("9144030019220382"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditCode.checkCharacterFor("9144030019220382I"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditCode.checkCharacterFor(null)).isInstanceOf(IllegalArgumentException.class);
        assertThat(CreditCode.checkCharacterFor("00000000000000000")).isEqualTo('0');
    }

    @Test
    void theWeightsArePowersOfThreeModulo31() {
        for (int i = 0; i < 17; i++) {
            String first17 = substitute("0".repeat(17), i, '1');
            int weight = 1;
            for (int k = 0; k < i; k++) {
                weight = weight * 3 % 31;
            }
            assertThat(CreditCode.checkCharacterFor(first17)).as("position %d", i + 1)
                    .isEqualTo(CreditCode.ALPHABET.charAt((31 - weight) % 31));
        }
    }

    @Test
    void checkedResultsDoNotRepeatTheInputInTheirText() {
        assertThat(CreditCode.check("91100000100003962X").toString()).doesNotContain("91100000100003962");
    }
}
