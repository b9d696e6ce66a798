package cn.gov.amr.credit.demo.departments;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import cn.gov.amr.credit.ingestion.schema.RecordField;
import cn.gov.amr.credit.ingestion.schema.ValueType;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An XLSX workbook of one sheet, streamed (POI SXSSF) so that only a window of rows is in memory
 * (closing removes its temporary files). With date cells, ISO dates become date cells formatted
 * {@code yyyy-mm-dd} and amounts and whole numbers numeric cells, as Excel users make them; anything
 * else (and every value without date cells) is text.
 */
final class XlsxTable implements Table {

    private static final int ROWS_IN_MEMORY = 500;
    private static final String DATE_FORMAT = "yyyy-mm-dd";
    private static final String SHEET = "data";

    private final Path file;
    private final boolean dateCells;
    private final List<RecordField> columns;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
    private final Sheet sheet = workbook.createSheet(SHEET);
    private final CellStyle dateStyle;
    private int rows;

    XlsxTable(Path file, FileStyle style, List<RecordField> columns, List<String> header) {
        this.file = file;
        this.dateCells = style.dateCells();
        this.columns = columns;
        this.dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat(DATE_FORMAT));
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < header.size(); i++) {
            row.createCell(i).setCellValue(header.get(i));
        }
    }

    @Override
    public void row(List<String> values) {
        Row row = sheet.createRow(rows++);
        for (int i = 0; i < values.size(); i++) {
            String value = values.get(i);
            if (value == null || value.isEmpty()) {
                continue;
            }
            var cell = row.createCell(i);
            ValueType type = columns.get(i).type();
            LocalDate date = dateCells && type == ValueType.DATE ? isoDate(value) : null;
            BigDecimal number = dateCells && (type == ValueType.AMOUNT || type == ValueType.INTEGER) ? number(value) : null;
            if (date != null) {
                cell.setCellValue(date);
                cell.setCellStyle(dateStyle);
            } else if (number != null) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value);
            }
        }
    }

    @Override
    public void close() throws IOException {
        try (SXSSFWorkbook book = workbook; OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
    }

    private static LocalDate isoDate(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static BigDecimal number(String value) {
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
