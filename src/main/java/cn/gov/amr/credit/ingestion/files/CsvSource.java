package cn.gov.amr.credit.ingestion.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** A CSV file in UTF-8 (with or without BOM) or GBK; comma, tab or semicolon separated (from the header line). */
final class CsvSource implements TabularSource {

    private final byte[] content;
    private final String encoding;
    private final char delimiter;
    private CountingInputStream counter;
    private List<String> header;

    CsvSource(byte[] content) {
        this.content = content;
        this.encoding = Encodings.detect(content);
        this.delimiter = delimiter(firstLine(content, encoding));
    }

    @Override
    public String format() {
        return "CSV";
    }

    @Override
    public String encoding() {
        return encoding;
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
        int offset = Encodings.hasUtf8Bom(content) ? 3 : 0;
        counter = new CountingInputStream(new ByteArrayInputStream(content, offset, content.length - offset));
        var format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(false).get();
        try (var parser = CSVParser.parse(new InputStreamReader(counter, Encodings.charset(encoding)), format)) {
            boolean first = true;
            for (CSVRecord record : parser) {
                var cells = new ArrayList<String>(record.size());
                record.forEach(cells::add);
                if (first) {
                    header = cells;
                    first = false;
                    continue;
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (!handler.row((int) record.getRecordNumber(), cells)) {
                    return;
                }
            }
            if (header == null) {
                throw new UnreadableFileException("FILE_EMPTY");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new UnreadableFileException("CSV_MALFORMED", e);
        }
    }

    @Override
    public double progress() {
        return counter == null || content.length == 0 ? 0 : Math.min(1.0, (double) counter.count() / content.length);
    }

    private static String firstLine(byte[] content, String encoding) {
        int end = 0;
        while (end < content.length && end < 64 * 1024 && content[end] != '\n') {
            end++;
        }
        int start = Encodings.hasUtf8Bom(content) ? 3 : 0;
        return new String(content, start, Math.max(0, end - start), Encodings.charset(encoding));
    }

    private static char delimiter(String line) {
        char best = ',';
        long most = line.chars().filter(c -> c == ',').count();
        for (char candidate : new char[] {'\t', ';'}) {
            long count = line.chars().filter(c -> c == candidate).count();
            if (count > most) {
                best = candidate;
                most = count;
            }
        }
        return best;
    }
}
