package cn.gov.amr.credit.classification.web;

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
 * The classification pages' Excel exports: one sheet per table, a header row, numbers as numeric cells
 * and every other value as text (never a formula).
 */
final class ClassificationWorkbook {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final int SHEET_NAME_MAX = 31;

    /** One sheet: its name, the column titles and the rows. */
    record Sheet(String name, List<String> header, List<List<Object>> rows) {
    }

    private ClassificationWorkbook() {
    }

    /** The file as a download named {@code filename}. */
    static ResponseEntity<byte[]> download(String filename, List<Sheet> sheets) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(filename, StandardCharsets.UTF_8).build().toString())
                .body(write(sheets));
    }

    static byte[] write(List<Sheet> sheets) {
        try (var workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
            var names = new java.util.HashSet<String>();
            for (var sheet : sheets) {
                var target = workbook.createSheet(uniqueName(sheet.name(), names));
                row(target.createRow(0), sheet.header());
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

    /** A sheet name Excel accepts (no []:*?/\, at most 31 characters), unique in the workbook. */
    private static String uniqueName(String name, java.util.Set<String> taken) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        String base = clean.length() > SHEET_NAME_MAX ? clean.substring(0, SHEET_NAME_MAX) : clean;
        String candidate = base.isEmpty() ? "1" : base;
        for (int n = 2; !taken.add(candidate.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = " " + n;
            candidate = base.substring(0, Math.min(base.length(), SHEET_NAME_MAX - suffix.length())) + suffix;
        }
        return candidate;
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
