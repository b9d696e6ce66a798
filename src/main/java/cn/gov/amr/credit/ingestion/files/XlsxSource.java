package cn.gov.amr.credit.ingestion.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The first sheet of an XLSX workbook, streamed with POI's event API (SAX), so that a large sheet
 * is never held as objects. Cells with a date format are written as ISO dates whatever their format.
 */
final class XlsxSource implements TabularSource {

    /** Stops the SAX parse once the handler has had enough. */
    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }

    /** Formats date cells as ISO dates, other cells as shown in the sheet. */
    private static final class IsoDates extends DataFormatter {
        IsoDates() {
            super(java.util.Locale.ROOT); // a decimal point whatever the server's locale
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDate date = DateUtil.getLocalDateTime(value).toLocalDate();
                return date.toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString);
        }
    }

    /** Carries a failure of the row handler (the pipeline's, not the file's) through the SAX parse. */
    private static final class HandlerFailure extends RuntimeException {
        HandlerFailure(RuntimeException cause) {
            super(null, cause, false, false);
        }
    }

    /** The last column a worksheet may have (XFD); a cell reference beyond it is malformed. */
    static final int MAX_COLUMN = 16383;

    private final byte[] content;
    private CountingInputStream counter;
    private long sheetSize = -1;
    private List<String> header;

    XlsxSource(byte[] content) {
        this.content = content;
    }

    @Override
    public String format() {
        return "XLSX";
    }

    @Override
    public String encoding() {
        return null;
    }

    @Override
    public List<String> header() {
        if (header == null) {
            rows((n, cells) -> false);
        }
        return header;
    }

    @Override
    public void rows(RowHandler handler) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            var reader = new XSSFReader(pkg);
            var strings = new ReadOnlySharedStringsTable(pkg);
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFileException("FILE_EMPTY");
            }
            try (InputStream sheet = sheets.next()) {
                counter = new CountingInputStream(sheet);
                sheetSize = pkg.getParts().stream().filter(p -> p.getPartName().getName().startsWith("/xl/worksheets/"))
                        .mapToLong(p -> p.getSize()).findFirst().orElse(-1);
                var parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings,
                        new Collector(handler), new IsoDates(), false));
                try {
                    parser.parse(new InputSource(counter));
                } catch (Stop stop) {
                    return;
                } catch (HandlerFailure | UnreadableFileException e) {
                    throw e;
                } catch (RuntimeException e) {
                    // POI's sheet handler on cells it cannot read (a shared string the workbook lacks,
                    // an empty boolean, …): the file is malformed, whatever the exception's class
                    throw new UnreadableFileException("XLSX_MALFORMED", e);
                }
            }
            if (header == null) {
                throw new UnreadableFileException("FILE_EMPTY");
            }
        } catch (UnreadableFileException e) {
            throw e;
        } catch (HandlerFailure failure) {
            throw (RuntimeException) failure.getCause(); // the pipeline's own failure, not the file's
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException
                 | org.apache.poi.ooxml.POIXMLException | IllegalArgumentException | IllegalStateException e) {
            throw new UnreadableFileException("XLSX_MALFORMED", e);
        }
    }

    @Override
    public double progress() {
        if (counter == null) {
            return 0;
        }
        return sheetSize > 0 ? Math.min(1.0, (double) counter.count() / sheetSize) : 0;
    }

    /**
     * The 0-based column of a cell reference such as {@code AB12} (its letters, base 26); a reference
     * beyond the last column a worksheet may have makes the file unreadable (instead of a row of
     * millions of empty cells, or an overflow).
     */
    static int column(String reference) {
        int column = 0;
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            column = column * 26 + (c - 'A' + 1);
            if (column > MAX_COLUMN + 1) {
                throw new UnreadableFileException("XLSX_MALFORMED");
            }
        }
        return column - 1;
    }

    /** Turns the cell events of a row into a list of cells and hands full rows on. */
    private final class Collector implements SheetContentsHandler {
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        /** Each parse reads the header row again; only the first non-empty row of this parse is it. */
        private boolean headerRead;

        Collector(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                return;
            }
            var row = cells.stream().map(c -> c == null ? "" : c).toList();
            if (!headerRead) {
                header = row;
                headerRead = true;
                return;
            }
            boolean more;
            try {
                more = handler.row(rowNum + 1, row);
            } catch (RuntimeException e) {
                throw new HandlerFailure(e);
            }
            if (!more) {
                throw new Stop();
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : column(reference);
            while (cells.size() < column) {
                cells.add(null);
            }
            cells.add(formattedValue);
        }
    }
}
