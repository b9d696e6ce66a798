package cn.gov.amr.credit.lists.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The lists pages' Excel exports: one sheet per table, a header row, numbers as numeric cells and every
 * other value as text (never a formula).
 */
final class ListPageWorkbook {

    /** Most rows one export holds (an export of a longer list says so in its last row). */
    static final int MAX_ROWS = 20_000;

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** One sheet: its name (at most 31 characters), the column titles and the rows. */
    record Sheet(String name, List<String> header, List<List<Object>> rows) {
    }

    private ListPageWorkbook() {
    }

    static byte[] write(List<Sheet> sheets) {
        try (var workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
            for (var sheet : sheets) {
                var target = workbook.createSheet(sheet.name());
                row(target.createRow(0), List.copyOf(sheet.header()));
                int index = 1;
                for (var cells : sheet.rows()) {
                    row(target.createRow(index++), cells);
                }
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file as a download named {@code filename}. */
    static ResponseEntity<byte[]> download(String filename, List<Sheet> sheets) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(write(sheets));
    }

    private static void row(Row row, List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Object value = cells.get(i);
            var cell = row.createCell(i);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(value == null ? "" : value.toString());
            }
        }
    }
}
