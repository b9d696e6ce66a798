package cn.gov.amr.credit.calendar.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.function.Function;

import cn.gov.amr.credit.calendar.CalendarDay;
import cn.gov.amr.credit.shared.SpreadsheetText;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A year's days as an Excel workbook in the import's own layout (日期, 类型, 说明), so that an exported year
 * can be corrected and imported again. Cells are text, never formulas.
 */
final class CalendarWorkbook {

    private CalendarWorkbook() {
    }

    static byte[] write(List<String> header, List<CalendarDay> days, Function<CalendarDay, String> type) {
        try (var workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("calendar");
            row(sheet, 0, header);
            int index = 1;
            for (var day : days) {
                row(sheet, index++, List.of(day.date().toString(), type.apply(day), SpreadsheetText.inert(day.note())));
            }
            sheet.setColumnWidth(0, 14 * 256);
            sheet.setColumnWidth(2, 30 * 256);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(Sheet sheet, int index, List<String> cells) {
        var row = sheet.createRow(index);
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }
}
