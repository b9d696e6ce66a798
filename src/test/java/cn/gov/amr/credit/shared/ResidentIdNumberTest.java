package cn.gov.amr.credit.shared;

import static cn.gov.amr.credit.shared.IdentifierGenerator.substitute;
import static cn.gov.amr.credit.shared.IdentifierProblem.illegalCharacter;
import static cn.gov.amr.credit.shared.IdentifierProblem.invalidBirthDate;
import static cn.gov.amr.credit.shared.IdentifierProblem.wrongCheckCharacter;
import static cn.gov.amr.credit.shared.IdentifierProblem.wrongLength;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidentIdNumberTest {

    private static final String EXAMPLE = "11010519491231002X";
    private static final long SEED = 11_643L;

    static Stream<String> generatedNumbers() {
        var random = new Random(SEED);
        return IntStream.range(0, 200).mapToObj(i -> IdentifierGenerator.residentIdNumber(random));
    }

    static Stream<Arguments> generatedNumbersWithASubstitution() {
        var random = new Random(SEED + 1);
        return IntStream.range(0, 200).mapToObj(i -> {
            String number = IdentifierGenerator.residentIdNumber(random);
            int index = random.nextInt(ResidentIdNumber.LENGTH);
            char digit;
            do {
                digit = (char) ('0' + random.nextInt(10));
            } while (digit == number.charAt(index));
            return Arguments.of(number, index, digit);
        });
    }

    /** The number with birth date {@code yyyyMMdd} and a correct check character. */
    private static String withBirthDate(String digits) {
        String first17 = "110105" + digits + "002";
        return first17 + ResidentIdNumber.checkCharacterFor(first17);
    }

    @Test
    void theExampleIsValidWithItsBirthDate() {
        var checked = ResidentIdNumber.check(EXAMPLE);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.value().value()).isEqualTo(EXAMPLE);
        assertThat(checked.value().birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(ResidentIdNumber.checkCharacterFor(EXAMPLE.substring(0, 17))).isEqualTo('X');
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002x", " 110105 19491231 002X ", "１１０１０５１９４９１２３１００２ｘ"})
    void typedNumbersAreNormalisedBeforeTheCheck(String raw) {
        assertThat(ResidentIdNumber.check(raw).normalized()).isEqualTo(EXAMPLE);
        assertThat(ResidentIdNumber.of(raw).value()).isEqualTo(EXAMPLE);
    }

    @Test
    void maskedKeepsTheFirstSixAndTheLastFour() {
        assertThat(ResidentIdNumber.of(EXAMPLE).masked()).isEqualTo("110105********002X");
    }

    @Test
    void theTextOfANumberNeverHoldsTheWholeNumber() {
        var number = ResidentIdNumber.of(EXAMPLE);
        assertThat(number.toString()).isEqualTo("110105********002X").doesNotContain(EXAMPLE).doesNotContain("19491231");
        assertThat(ResidentIdNumber.check(EXAMPLE).toString()).doesNotContain(EXAMPLE).doesNotContain("19491231");
        assertThat(ResidentIdNumber.check("110105194912310021").toString()).doesNotContain("19491231");
    }

    @Test
    void theMessageOfARejectedNumberDoesNotRepeatItsDigits() {
        assertThatThrownBy(() -> ResidentIdNumber.of(withBirthDate("19991399")))
                .isInstanceOf(InvalidIdentifierException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("19991399").doesNotContain("110105"));
    }

    @Test
    void everySingleDigitSubstitutionOfTheIdNumberIsRejected() {
        int rejected = 0;
        for (int index = 0; index < ResidentIdNumber.LENGTH; index++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == EXAMPLE.charAt(index)) {
                    continue;
                }
                String changed = substitute(EXAMPLE, index, digit);
                var checked = ResidentIdNumber.check(changed);
                assertThat(checked.valid()).as(changed).isFalse();
                String expected = index == 17 ? "X" : "" + ResidentIdNumber.checkCharacterFor(changed.substring(0, 17));
                assertThat(checked.errors()).as(changed).endsWith(wrongCheckCharacter(18, expected, "" + changed.charAt(17)));
                assertThat(checked.errors()).as(changed).hasSizeLessThanOrEqualTo(2);
                rejected++;
            }
        }
        assertThat(rejected).isEqualTo(17 * 9 + 10);
    }

    @ParameterizedTest
    @MethodSource("generatedNumbers")
    void generatedNumbersAreValid(String number) {
        var checked = ResidentIdNumber.check(number);
        assertThat(checked.errors()).isEmpty();
        assertThat(checked.value().birthDate().format(DateTimeFormatter.BASIC_ISO_DATE))
                .isEqualTo(number.substring(6, 14));
    }

    @ParameterizedTest
    @MethodSource("generatedNumbersWithASubstitution")
    void aRandomSingleDigitSubstitutionOfAGeneratedNumberIsRejected(String number, int index, char digit) {
        var checked = ResidentIdNumber.check(substitute(number, index, digit));
        assertThat(checked.valid()).isFalse();
        assertThat(checked.errors()).extracting(IdentifierProblem::code).contains(IdentifierProblem.CHECK_CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"19991399", "19990230", "19000229", "20230229", "18991231", "00000000", "29990101"})
    void aBirthDateThatIsNoDayFrom1900ToTodayIsRejected(String digits) {
        var checked = ResidentIdNumber.check(withBirthDate(digits));
        assertThat(checked.errors()).containsExactly(invalidBirthDate(7, digits));
        assertThat(checked.value()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"19000101", "20000229", "19491001"})
    void boundaryAndLeapDayBirthDatesAreAccepted(String digits) {
        assertThat(ResidentIdNumber.check(withBirthDate(digits)).errors()).isEmpty();
    }

    @Test
    void someoneBornTodayHasAValidNumberButNotSomeoneBornTheDayAfterTomorrow() {
        var today = LegalTime.today(Clock.systemUTC());
        String todayDigits = today.format(DateTimeFormatter.BASIC_ISO_DATE);
        String futureDigits = today.plusDays(2).format(DateTimeFormatter.BASIC_ISO_DATE);
        assertThat(ResidentIdNumber.check(withBirthDate(todayDigits)).errors()).isEmpty();
        assertThat(ResidentIdNumber.check(withBirthDate(futureDigits)).errors())
                .containsExactly(invalidBirthDate(7, futureDigits));
    }

    @Test
    void aWrongBirthDateAndAWrongCheckCharacterAreBothReportedInPositionOrder() {
        String number = withBirthDate("19991399");
        char wrong = number.charAt(17) == '0' ? '1' : '0';
        assertThat(ResidentIdNumber.check(substitute(number, 17, wrong)).errors())
                .containsExactly(invalidBirthDate(7, "19991399"), wrongCheckCharacter(18, "" + number.charAt(17), "" + wrong));
    }

    @Test
    void xIsOnlyAllowedAsTheCheckCharacter() {
        assertThat(ResidentIdNumber.check("1101051949123100X2").errors()).containsExactly(illegalCharacter(17, "X"));
        assertThat(ResidentIdNumber.check("11010519491231002Y").errors()).containsExactly(illegalCharacter(18, "Y"));
    }

    @Test
    void wrongLengthAndIllegalCharactersAreReportedWithoutLookingAtTheDate() {
        assertThat(ResidentIdNumber.check("110105491231002").errors()).containsExactly(wrongLength(18, 15));
        assertThat(ResidentIdNumber.check("110105*9491231002X中").errors())
                .containsExactly(wrongLength(18, 19), illegalCharacter(7, "*"), illegalCharacter(19, "中"));
        assertThat(ResidentIdNumber.check(" ").errors()).containsExactly(IdentifierProblem.empty());
    }

    @Test
    void theConstructorAcceptsOnlyTheCanonicalForm() {
        assertThat(new ResidentIdNumber(EXAMPLE).birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThatThrownBy(() -> new ResidentIdNumber("11010519491231002x"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.problems()).containsExactly(illegalCharacter(18, "x")));
        assertThatThrownBy(() -> ResidentIdNumber.checkCharacterFor("1101051949123100X"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
