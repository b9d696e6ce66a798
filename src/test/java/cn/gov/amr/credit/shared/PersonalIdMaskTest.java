package cn.gov.amr.credit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A long number keeps its first 6 and last 4 characters, a middling one 2 and 2, a short one nothing. */
class PersonalIdMaskTest {

    @ParameterizedTest
    @CsvSource({
            "11010519491231002X, 110105********002X",
            "110105491231002,    110105*****1002",
            "H1234567890,        H1*******90",
            "E12345678,          E1*****78",
            "1234567,            *******"})
    void masksByLength(String number, String shown) {
        assertThat(PersonalIdMask.of(number)).isEqualTo(shown);
    }
}
