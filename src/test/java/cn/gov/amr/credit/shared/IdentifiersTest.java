package cn.gov.amr.credit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdentifiersTest {

    @Test
    void nullBecomesTheEmptyString() {
        assertThat(Identifiers.normalize(null)).isEmpty();
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"  91330100799655058b  \"                 | 91330100799655058B",
            "９１３３０１００７９９６５５０５８ｂ     | 91330100799655058B",
            "\"９１３３\u3000０１００ 7996 5505 8B\"      | 91330100799655058B",
            "\"9133\t0100\n7996\u00a05505\u20078b\"       | 91330100799655058B",
            "１９２２０３８２－１                       | 19220382-1",
            "110105１９４９１２３１００２ｘ              | 11010519491231002X",
            "91330100中文ab                            | 91330100中文AB",
            "ＡＢＣ＊ａｂｃ                             | ABC*ABC",
    })
    void normalisationTrimsRemovesWhitespaceMakesFullWidthHalfWidthAndUpperCases(String raw, String expected) {
        assertThat(Identifiers.normalize(raw)).isEqualTo(expected);
    }

    @Test
    void onlyWhitespaceIncludingTheIdeographicSpaceNormalisesToEmpty() {
        assertThat(Identifiers.normalize(" \t\u3000\r\n\u00a0 ")).isEmpty();
    }

    @Test
    void charactersOutsideAsciiAndFullWidthAsciiAreKeptAsTheyAre() {
        assertThat(Identifiers.normalize("ß\u00e9\uD83D\uDE00")).isEqualTo("ß\u00e9\uD83D\uDE00");
    }
}
