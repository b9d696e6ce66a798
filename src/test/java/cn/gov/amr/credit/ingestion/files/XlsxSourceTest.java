package cn.gov.amr.credit.ingestion.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.amr.credit.ingestion.pipeline.ImportInputs;

class XlsxSourceTest {

    private static final String SHEET = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>%s</sheetData></worksheet>";

    private static byte[] workbook(String rows, String... sharedStrings) {
        var shared = new StringBuilder();
        for (String s : sharedStrings) {
            shared.append("<si><t>").append(s).append("</t></si>");
        }
        return ImportInputs.workbook(SHEET.formatted(rows), shared.toString(), "yyyy-mm-dd", part -> true);
    }

    private static List<List<String>> rows(byte[] content) {
        var rows = new ArrayList<List<String>>();
        TabularSources.file(content).rows((n, cells) -> rows.add(cells));
        return rows;
    }

    @ParameterizedTest
    @CsvSource({"A1,0", "B7,1", "Z9,25", "AA10,26", "AB12,27", "AZ1,51", "BA1,52", "XFD1048576,16383"})
    void cellReferencesGiveTheirColumn(String reference, int column) {
        assertThat(XlsxSource.column(reference)).isEqualTo(column);
    }

    @Test
    void aWorkbookOfSharedStringsGivesItsRows() {
        byte[] content = workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                + "<row r=\"2\"><c r=\"B2\" t=\"s\"><v>1</v></c></row>", "名称", "值");
        assertThat(rows(content)).containsExactly(List.of("", "值"));
    }

    /** Found by the importer fuzzing: a shared string index the workbook lacks gave an IndexOutOfBoundsException. */
    @ParameterizedTest
    @ValueSource(strings = {"-1", "1", "999"})
    void aSharedStringTheWorkbookLacksIsRefusedAsMalformed(String index) {
        byte[] content = workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>" + index + "</v></c></row>", "名称");
        assertThatThrownBy(() -> rows(content)).isInstanceOfSatisfying(UnreadableFileException.class,
                e -> assertThat(e.code()).isEqualTo("XLSX_MALFORMED"));
    }

    /** Found by the importer fuzzing: a boolean cell without a value gave a StringIndexOutOfBoundsException in POI. */
    @Test
    void anEmptyBooleanCellIsRefusedAsMalformed() {
        byte[] content = workbook("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>名称</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"b\"><v></v></c></row>");
        assertThatThrownBy(() -> rows(content)).isInstanceOfSatisfying(UnreadableFileException.class,
                e -> assertThat(e.code()).isEqualTo("XLSX_MALFORMED"));
    }

    /** A failure of the row handler (the pipeline's) is its own, not taken for a malformed file. */
    @Test
    void aFailureOfTheRowHandlerPassesThroughUnchanged() {
        byte[] content = workbook("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c></row>", "名称");
        var failure = new IllegalStateException("the pipeline's own");
        assertThatThrownBy(() -> TabularSources.file(content).rows((n, cells) -> {
            throw failure;
        })).isSameAs(failure);
    }

    /**
     * Found by the importer fuzzing: a cell reference beyond the last column (XFD) filled a row with
     * hundreds of millions of empty cells (minutes and gigabytes), or overflowed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"XFE1", "ZZZZZZ2", "AAAAAAAAAAAAAAA2"})
    void aCellBeyondTheLastColumnIsRefusedAsMalformed(String reference) {
        byte[] content = workbook("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>名称</t></is></c></row>"
                + "<row r=\"2\"><c r=\"" + reference + "\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
        assertThatThrownBy(() -> rows(content)).isInstanceOfSatisfying(UnreadableFileException.class,
                e -> assertThat(e.code()).isEqualTo("XLSX_MALFORMED"));
    }
}
