package cn.gov.amr.credit.web.jobs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import cn.gov.amr.credit.platform.JobRun;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The run history as an Excel workbook: one sheet, a header row, cells as text (never formulas). */
final class JobRunsWorkbook {

    private JobRunsWorkbook() {
    }

    static byte[] write(List<String> header, List<JobRun> runs, JobFormat format, java.util.function.Function<JobRun, String> outcome) {
        try (var workbook = new XSSFWorkbook(); var bytes = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("runs");
            row(sheet, 0, header);
            int index = 1;
            for (var run : runs) {
                row(sheet, index++, List.of(run.job(), format.time(run.slot()), format.time(run.startedAt()),
                        format.time(run.finishedAt()), outcome.apply(run), format.duration(run), run.instance(),
                        run.summary() == null ? "" : run.summary(), format.progress(run)));
            }
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void row(org.apache.poi.ss.usermodel.Sheet sheet, int index, List<String> cells) {
        var row = sheet.createRow(index);
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
    }
}
