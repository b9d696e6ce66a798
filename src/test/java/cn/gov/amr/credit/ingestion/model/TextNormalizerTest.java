package cn.gov.amr.credit.ingestion.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TextNormalizerTest {

    @Test
    void fullWidthDigitsAndLettersBecomeHalfWidth() {
        assertThat(TextNormalizer.text("０１２３４５６７８９")).isEqualTo("0123456789");
        assertThat(TextNormalizer.text("ＡＢＣＸＹＺ")).isEqualTo("ABCXYZ");
        // text() converts width only; it does not change case
        assertThat(TextNormalizer.text("ａｂｃｘｙｚ")).isEqualTo("abcxyz");
        assertThat(TextNormalizer.text("瑞昌市ＡＢＣ食品店１２号")).isEqualTo("瑞昌市ABC食品店12号");
    }

    @Test
    void halfWidthCoversExactlyTheFullWidthDigitAndLetterRanges() {
        assertThat(TextNormalizer.halfWidth('０')).isEqualTo('0');
        assertThat(TextNormalizer.halfWidth('９')).isEqualTo('9');
        assertThat(TextNormalizer.halfWidth('Ａ')).isEqualTo('A');
        assertThat(TextNormalizer.halfWidth('Ｚ')).isEqualTo('Z');
        assertThat(TextNormalizer.halfWidth('ａ')).isEqualTo('a');
        assertThat(TextNormalizer.halfWidth('ｚ')).isEqualTo('z');
        // neighbours of those ranges are punctuation and stay full-width
        assertThat(TextNormalizer.halfWidth('＠')).isEqualTo('＠');
        assertThat(TextNormalizer.halfWidth('［')).isEqualTo('［');
        assertThat(TextNormalizer.halfWidth('｀')).isEqualTo('｀');
        assertThat(TextNormalizer.halfWidth('｛')).isEqualTo('｛');
        assertThat(TextNormalizer.halfWidth('／')).isEqualTo('／');
        assertThat(TextNormalizer.halfWidth('：')).isEqualTo('：');
        assertThat(TextNormalizer.halfWidth('中')).isEqualTo('中');
        assertThat(TextNormalizer.halfWidth('a')).isEqualTo('a');
    }

    @Test
    void fullWidthPunctuationIsKeptInText() {
        assertThat(TextNormalizer.text("瑞昌市湓城食品有限公司（分店），经营食品；零售"))
                .isEqualTo("瑞昌市湓城食品有限公司（分店），经营食品；零售");
        assertThat(TextNormalizer.text("罚款金额（万元）")).isEqualTo("罚款金额（万元）");
    }

    @Test
    void whiteSpaceIsTrimmedAndRunsCollapseToOneSpace() {
        assertThat(TextNormalizer.text("  甲  乙\t\t丙\r\n丁  ")).isEqualTo("甲 乙 丙 丁");
        // ideographic space U+3000
        assertThat(TextNormalizer.text("\u3000甲\u3000\u3000乙\u3000")).isEqualTo("甲 乙");
        // no-break space U+00A0 (not Character.isWhitespace) and narrow no-break space U+202F
        assertThat(TextNormalizer.text("\u00A0甲\u00A0\u00A0乙\u202F丙\u00A0")).isEqualTo("甲 乙 丙");
        // mixed run of different spaces is one space
        assertThat(TextNormalizer.text("甲 \u3000\u00A0\t乙")).isEqualTo("甲 乙");
        // byte-order mark is dropped
        assertThat(TextNormalizer.text("\uFEFF甲乙")).isEqualTo("甲乙");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\u3000", "\u00A0", " \t\r\n\u3000\u00A0 ", "\uFEFF"})
    void nothingButWhiteSpaceIsEmpty(String raw) {
        assertThat(TextNormalizer.text(raw)).isEmpty();
        assertThat(TextNormalizer.compact(raw)).isEmpty();
        assertThat(TextNormalizer.name(raw)).isEmpty();
    }

    @Test
    void compactDropsAllWhiteSpaceAndUpperCasesAsciiLetters() {
        assertThat(TextNormalizer.compact(" 9133 0100\u30007996\u00A055058b ")).isEqualTo("91330100799655058B");
        assertThat(TextNormalizer.compact("９１３３０１００７９９６５５０５８ｂ")).isEqualTo("91330100799655058B");
        assertThat(TextNormalizer.compact("瑞市监处罚〔2022〕 12 号 abc")).isEqualTo("瑞市监处罚〔2022〕12号ABC");
        assertThat(TextNormalizer.compact("11010519491231002x")).isEqualTo("11010519491231002X");
    }

    @Test
    void compactKeepsFullWidthPunctuation() {
        assertThat(TextNormalizer.compact("（ 分店 ）， 甲")).isEqualTo("（分店），甲");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "瑞昌市湓城食品有限公司（分店）|瑞昌市湓城食品有限公司(分店)",
            "瑞昌市湓城食品有限公司（分店）|瑞昌市 湓城食品有限公司 ( 分店 )",
            "瑞昌市湓城食品有限公司(分店)|\u3000瑞昌市湓城食品有限公司（分店）\u00A0",
            "ABC食品有限公司|ａｂｃ食品有限公司",
            "ABC食品有限公司|abc 食品有限公司",
            "张三|张 三",
    })
    void namesCompareEqualAcrossBracketWidthSpacesAndCase(String left, String right) {
        assertThat(TextNormalizer.name(left)).isEqualTo(TextNormalizer.name(right));
    }

    @Test
    void nameUsesHalfWidthBrackets() {
        assertThat(TextNormalizer.name("瑞昌市湓城食品有限公司（分店）")).isEqualTo("瑞昌市湓城食品有限公司(分店)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "瑞昌市湓城食品有限公司|瑞昌市湓城食品店",
            "瑞昌市湓城食品有限公司（分店）|瑞昌市湓城食品有限公司",
            "张三|张山",
    })
    void differentNamesStayDifferent(String left, String right) {
        assertThat(TextNormalizer.name(left)).isNotEqualTo(TextNormalizer.name(right));
    }
}
