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
import org.junit.jupiter.params.provider.MethodSource;

class RegistrationNumberTest {

    private static final long SEED = 7064L;

    static Stream<String> generatedNumbers() {
        var random = new Random(SEED);
        return IntStream.range(0, 200).mapToObj(i -> IdentifierGenerator.registrationNumber(random));
    }

    /** ISO 7064 MOD 11,10 read as a validation: running the recursion over all 15 digits ends at 1. */
    private static boolean satisfiesIso7064(String number) {
        int p = 10;
        int s = 0;
        for (int i = 0; i < number.length(); i++) {
            s = (number.charAt(i) - '0' + p) % 10;
            if (s == 0) {
                s = 10;
            }
            p = s * 2 % 11;
        }
        return s == 1;
    }

    @Test
    void aHandComputedNumberIsValidAndShowsItsAreaCode() {
        var number = RegistrationNumber.of(" 110105 00000000 4 ");
        assertThat(number.value()).isEqualTo("110105000000004");
        assertThat(number.areaCode()).isEqualTo("110105");
        assertThat(RegistrationNumber.checkDigitFor("44030000000000")).isEqualTo('9');
    }

    @ParameterizedTest
    @MethodSource("generatedNumbers")
    void generatedNumbersAreValidAndAgreeWithTheIsoValidationForm(String number) {
        assertThat(RegistrationNumber.check(number).errors()).isEmpty();
        assertThat(satisfiesIso7064(number)).isTrue();
    }

    @ParameterizedTest
    @MethodSource("generatedNumbers")
    void everySingleDigitSubstitutionOfARegistrationNumberIsRejected(String number) {
        int rejected = 0;
        for (int index = 0; index < RegistrationNumber.LENGTH; index++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit == number.charAt(index)) {
                    continue;
                }
                String changed = substitute(number, index, digit);
                var checked = RegistrationNumber.check(changed);
                String expected = "" + RegistrationNumber.checkDigitFor(changed.substring(0, 14));
                assertThat(checked.errors()).as(changed)
                        .containsExactly(wrongCheckCharacter(15, expected, "" + changed.charAt(14)));
                assertThat(satisfiesIso7064(changed)).as(changed).isFalse();
                rejected++;
            }
        }
        assertThat(rejected).isEqualTo(15 * 9);
    }

    @Test
    void exactlyOneCheckDigitCompletesAnyFourteenDigits() {
        var random = new Random(SEED + 1);
        for (int n = 0; n < 200; n++) {
            String first14 = IdentifierGenerator.randomOf(random, IdentifierGenerator.DIGITS, 14);
            long valid = IntStream.rangeClosed('0', '9')
                    .filter(d -> RegistrationNumber.check(first14 + (char) d).valid())
                    .count();
            assertThat(valid).as(first14).isEqualTo(1);
        }
    }

    @Test
    void lettersAndWrongLengthsAreReported() {
        assertThat(RegistrationNumber.check("11010500000000").errors()).containsExactly(wrongLength(15, 14));
        assertThat(RegistrationNumber.check("11010500000000X").errors()).containsExactly(illegalCharacter(15, "X"));
        assertThat(RegistrationNumber.check("1101O5000000004-").errors())
                .containsExactly(wrongLength(15, 16), illegalCharacter(5, "O"), illegalCharacter(16, "-"));
        assertThat(RegistrationNumber.check("").errors()).containsExactly(IdentifierProblem.empty());
    }

    @Test
    void theConstructorAndOfRejectInvalidNumbers() {
        assertThatThrownBy(() -> new RegistrationNumber("110105000000005")).isInstanceOf(InvalidIdentifierException.class);
        assertThatThrownBy(() -> RegistrationNumber.of("110105000000005"))
                .isInstanceOfSatisfying(InvalidIdentifierException.class,
                        e -> assertThat(e.problems()).containsExactly(wrongCheckCharacter(15, "4", "5")));
        assertThatThrownBy(() -> RegistrationNumber.checkDigitFor("1101050000000A"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
