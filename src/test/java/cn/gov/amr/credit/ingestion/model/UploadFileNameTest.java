package cn.gov.amr.credit.ingestion.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UploadFileNameTest {

    @Test
    void aChineseNameIsKeptAsSent() {
        assertThat(UploadFileName.clean("2023年 行政处罚（第一批）.xlsx")).isEqualTo("2023年 行政处罚（第一批）.xlsx");
    }

    @Test
    void controlAndBidiCharactersAreRemoved() {
        assertThat(UploadFileName.clean("处罚\u0000信息\u001b[31m.csv")).isEqualTo("处罚信息[31m.csv");
        assertThat(UploadFileName.clean("\u202Evsc.exe")).isEqualTo("vsc.exe");
        assertThat(UploadFileName.clean("a\u200Bb\u2066c\u2069\uFEFF.csv")).isEqualTo("abc.csv");
    }

    @Test
    void onlyTheLastPathSegmentIsKept() {
        assertThat(UploadFileName.clean("C:\\Users\\张三\\处罚.csv")).isEqualTo("处罚.csv");
        assertThat(UploadFileName.clean("../../etc/passwd")).isEqualTo("passwd");
    }

    @Test
    void spacesAndLineBreaksBecomeOneSpace() {
        assertThat(UploadFileName.clean("  处罚\r\n\t 信息\u3000.csv ")).isEqualTo("处罚 信息 .csv");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\u0000", "\u202E\u200B", "..", "a/", "..\\.."})
    void aNameWithNothingVisibleLeftIsNoName(String sent) {
        assertThat(UploadFileName.clean(sent)).isNull();
    }

    @Test
    void aLongNameIsCutKeepingItsExtension() {
        String cleaned = UploadFileName.clean("处".repeat(500) + ".xlsx");
        assertThat(cleaned.codePointCount(0, cleaned.length())).isEqualTo(UploadFileName.MAX_LENGTH);
        assertThat(cleaned).endsWith("处.xlsx");
        String astral = UploadFileName.clean("\uD842\uDFB7".repeat(300));
        assertThat(astral.codePointCount(0, astral.length())).isEqualTo(UploadFileName.MAX_LENGTH);
        assertThat(astral).doesNotContain("\uFFFD");
    }

    @Test
    void noGeneratedNameKeepsAnInvisibleCharacterOrASeparator() {
        var random = new Random(20261203L);
        for (int i = 0; i < 5_000; i++) {
            var sent = new StringBuilder();
            for (int j = random.nextInt(30); j > 0; j--) {
                sent.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x40) : random.nextInt(0x30000));
            }
            String cleaned = UploadFileName.clean(sent.toString());
            if (cleaned != null) {
                assertThat(cleaned).isNotBlank().doesNotContain("/", "\\");
                assertThat(cleaned.codePoints()).noneMatch(cp -> Character.getType(cp) == Character.CONTROL
                        || Character.getType(cp) == Character.FORMAT || Character.getType(cp) == Character.SURROGATE);
                assertThat(cleaned.codePointCount(0, cleaned.length())).isLessThanOrEqualTo(UploadFileName.MAX_LENGTH);
            }
        }
    }
}
