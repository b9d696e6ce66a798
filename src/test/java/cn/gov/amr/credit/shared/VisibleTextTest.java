package cn.gov.amr.credit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invisible and control characters are taken out of text at the door; what a reader sees stays. */
class VisibleTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u200E", "\u200F", "\u202A",
            "\u202E", "\u2066", "\u2069", "\u061C", "\u0000", "\u0007", "\u001B", "\u007F", "\u009B", "\uD800",
            "\uDC00"})
    void invisibleAndControlCharactersAreRemoved(String invisible) {
        assertThat(VisibleText.of("经营" + invisible + "范围1391" + invisible + "2345678")).isEqualTo("经营范围13912345678");
    }

    @Test
    void aFormatCharacterOutsideTheBasicPlaneIsRemovedAndAPairedSurrogateStays() {
        assertThat(VisibleText.of("a" + Character.toString(0xE0041) + "b\uD83D\uDE00")).isEqualTo("ab\uD83D\uDE00");
    }

    @Test
    void lineFeedsAndTabsStayAndCarriageReturnsBecomeLineFeeds() {
        assertThat(VisibleText.of("一\r\n二\r三\t四\n五\u0085")).isEqualTo("一\n二\n三\t四\n五\n");
    }

    @Test
    void visibleTextIsReturnedAsItIs() {
        String text = "江西省瑞昌市 湓城街道（１号） A-12";
        assertThat(VisibleText.of(text)).isSameAs(text);
        assertThat(VisibleText.of(null)).isNull();
    }
}
