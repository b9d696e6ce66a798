package cn.gov.amr.credit.ingestion.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes rows in the national exchange format: one header row of national field names, then one row
 * per record. CSV is UTF-8 with a byte-order mark (so that Excel shows the Chinese); XLSX is written
 * streaming, a window of rows at a time. Upper-level systems read these files by machine, so every
 * value is written exactly as recorded: no apostrophe before text starting with {@code =}, {@code +},
 * {@code -} or {@code @} (the rule for people's CSV files, {@code shared.SpreadsheetText}, does not
 * apply). XLSX cells are typed text, which a spreadsheet program shows and never runs as a formula;
 * that is the format to open by hand.
 */
public final class ExportWriter implements AutoCloseable {

    private final String format;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private CSVPrinter csv;
    private SXSSFWorkbook workbook;
    private org.apache.poi.ss.usermodel.Sheet sheet;
    private int rowIndex;

    public ExportWriter(String format, List<String> header) {
        this.format = format;
        try {
            if ("XLSX".equals(format)) {
                workbook = new SXSSFWorkbook(500);
                sheet = workbook.createSheet("data");
            } else {
                bytes.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                csv = new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.DEFAULT);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        row(header);
    }

    public void row(List<String> cells) {
        try {
            if (csv != null) {
                csv.printRecord(cells);
            } else {
                var row = sheet.createRow(rowIndex++);
                for (int i = 0; i < cells.size(); i++) {
                    if (cells.get(i) != null) {
                        row.createCell(i).setCellValue(cells.get(i));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The finished file. */
    public byte[] toBytes() {
        try {
            if (csv != null) {
                csv.flush();
            } else {
                workbook.write(bytes);
            }
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String extension() {
        return "XLSX".equals(format) ? "xlsx" : "csv";
    }

    @Override
    public void close() {
        try {
            if (workbook != null) {
                workbook.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
