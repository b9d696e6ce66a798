package cn.gov.amr.credit.demo.departments;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A CSV file (RFC 4180 quoting, CRLF) in UTF-8, UTF-8 with a byte-order mark, or GBK. A character the
 * encoding cannot hold fails the write rather than turning into a question mark.
 */
final class CsvTable implements Table {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final CSVPrinter printer;

    CsvTable(Path file, FileStyle style, List<String> header) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        try {
            if (style.byteOrderMark()) {
                out.write(UTF8_BOM);
            }
            var writer = new BufferedWriter(new OutputStreamWriter(out, style.charset().newEncoder()));
            printer = CSVFormat.DEFAULT.print(writer);
            printer.printRecord(header);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    @Override
    public void row(List<String> values) throws IOException {
        printer.printRecord(values);
    }

    @Override
    public void close() throws IOException {
        printer.close(true);
    }
}
