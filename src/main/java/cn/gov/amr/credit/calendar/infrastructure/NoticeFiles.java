package cn.gov.amr.credit.calendar.infrastructure;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import cn.gov.amr.credit.calendar.model.NoticeLine;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads a year's notice sent as a table: CSV (UTF-8 with or without BOM, else GBK) or the first sheet of
 * an XLSX workbook, with a header row naming the columns date, type and note (in any language of the
 * bundles: 日期, 类型, 说明). Blank rows are skipped. Row numbers are the sheet's (the header is row 1).
 * Notices are a few dozen rows: the file is read whole (the caller caps its size).
 */
public final class NoticeFiles {

    /** The columns, in the order of the lines' fields; date and type are required. */
    public static final List<String> COLUMNS = List.of("date", "type", "note");
    private static final Charset GBK = Charset.forName("GB18030");

    private NoticeFiles() {
    }

    /** @param headers for each of {@link #COLUMNS}, the header texts that name it */
    public static List<NoticeLine> read(byte[] content, Map<String, Set<String>> headers) {
        List<List<String>> rows = isZip(content) ? xlsx(content) : csv(content);
        if (rows.isEmpty()) {
            throw new NoticeFileException("NOTICE_FILE_UNREADABLE");
        }
        int[] index = columns(rows.get(0), headers);
        var lines = new ArrayList<NoticeLine>();
        for (int i = 1; i < rows.size(); i++) {
            var cells = rows.get(i);
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                continue;
            }
            lines.add(new NoticeLine(i + 1, cell(cells, index[0]), cell(cells, index[1]), cell(cells, index[2])));
        }
        return lines;
    }

    private static int[] columns(List<String> header, Map<String, Set<String>> headers) {
        int[] index = new int[COLUMNS.size()];
        var missing = new ArrayList<String>();
        for (int c = 0; c < COLUMNS.size(); c++) {
            var names = headers.get(COLUMNS.get(c)).stream().map(NoticeFiles::normal).toList();
            index[c] = -1;
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i) != null && names.contains(normal(header.get(i)))) {
                    index[c] = i;
                    break;
                }
            }
            if (index[c] < 0 && c < 2) {
                missing.add(headers.get(COLUMNS.get(c)).iterator().next());
            }
        }
        if (!missing.isEmpty()) {
            throw new NoticeFileException("NOTICE_COLUMNS_MISSING", String.join(", ", missing));
        }
        return index;
    }

    private static String cell(List<String> cells, int index) {
        return index < 0 || index >= cells.size() ? null : cells.get(index);
    }

    private static String normal(String text) {
        return text.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT);
    }

    private static boolean isZip(byte[] content) {
        return content.length >= 4 && content[0] == 0x50 && content[1] == 0x4B && content[2] == 0x03 && content[3] == 0x04;
    }

    private static List<List<String>> csv(byte[] content) {
        if (content.length >= 4 && (content[0] & 0xFF) == 0xD0 && (content[1] & 0xFF) == 0xCF) {
            throw new NoticeFileException("NOTICE_FILE_XLS");
        }
        for (byte b : content) {
            if (b == 0) {
                throw new NoticeFileException("NOTICE_FILE_UNREADABLE");
            }
        }
        String text = decode(content);
        var rows = new ArrayList<List<String>>();
        try (var parser = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).get().parse(new StringReader(text))) {
            for (CSVRecord record : parser) {
                var cells = new ArrayList<String>();
                record.forEach(cells::add);
                rows.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            throw new NoticeFileException("NOTICE_FILE_UNREADABLE");
        }
        return rows;
    }

    /** UTF-8 (a BOM dropped) when every byte sequence is valid UTF-8, else GBK (read as GB18030). */
    private static String decode(byte[] content) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(content)).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            return new String(content, GBK);
        }
    }

    private static List<List<String>> xlsx(byte[] content) {
        var rows = new ArrayList<List<String>>();
        var formatter = new DataFormatter(Locale.ROOT);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                return rows;
            }
            var sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                rows.add(cells(sheet.getRow(r), formatter));
            }
        } catch (IOException | RuntimeException e) {
            throw new NoticeFileException("NOTICE_FILE_UNREADABLE");
        }
        return rows;
    }

    private static List<String> cells(Row row, DataFormatter formatter) {
        var cells = new ArrayList<String>();
        if (row == null) {
            return cells;
        }
        for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            Cell cell = row.getCell(c);
            if (cell != null && cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                cells.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
            } else {
                cells.add(cell == null ? null : formatter.formatCellValue(cell));
            }
        }
        return cells;
    }
}
