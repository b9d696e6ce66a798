package cn.gov.amr.credit.disclosure.application;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import cn.gov.amr.credit.disclosure.model.PublicSection;
import cn.gov.amr.credit.shared.SpreadsheetText;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The bulk file's zip: one CSV file per part of the public dataset (UTF-8 with a byte-order mark, so
 * that spreadsheet programs read the Chinese; RFC 4180 quoting; a header row of the API's field names),
 * written one after the other, and a {@code manifest.json}.
 */
final class BulkFileWriter implements AutoCloseable {

    static final String ENTITIES = "entities.csv";
    static final List<String> ENTITY_COLUMNS = List.of("code", "name", "kind", "status", "legalRepresentative",
            "registeredCapital", "establishedOn", "authority", "address", "businessScope", "abnormal",
            "seriouslyDishonest");
    /** Columns every record file starts with; the section's public fields follow. */
    static final List<String> RECORD_COLUMNS = List.of("entityCode", "documentNumber", "date", "department");
    static final String PUBLIC_UNTIL = "publicUntil";

    private final ZipOutputStream zip;
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private final Map<String, List<String>> columns = new LinkedHashMap<>();
    private CSVPrinter csv;
    private String current;

    BulkFileWriter(OutputStream out) {
        this.zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    }

    static String fileOf(PublicSection section) {
        return section.jsonName() + ".csv";
    }

    static List<String> columnsOf(PublicSection section) {
        var names = new ArrayList<>(RECORD_COLUMNS);
        if (section == PublicSection.PENALTIES) {
            names.add(PUBLIC_UNTIL);
        }
        names.addAll(section.fieldNames());
        return names;
    }

    /** Starts the next CSV file with its header row (ends the one before). */
    void start(String fileName, List<String> header) {
        try {
            finish();
            zip.putNextEntry(new ZipEntry(fileName));
            var writer = new OutputStreamWriter(new FilterOutputStream(zip) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() {
                    // the entry is closed by finish(), the zip by close()
                }
            }, StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            csv = new CSVPrinter(writer, CSVFormat.RFC4180);
            csv.printRecord(header);
            current = fileName;
            rows.put(fileName, 0L);
            columns.put(fileName, List.copyOf(header));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void row(List<?> values) {
        try {
            csv.printRecord(values.stream().map(BulkFileWriter::inert).toList());
            rows.merge(current, 1L, Long::sum);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A cell as a spreadsheet program shows it and never runs it: the bulk file is meant for people. */
    static Object inert(Object value) {
        return value instanceof String text ? SpreadsheetText.inert(text) : value;
    }

    /** Rows written per file so far (header rows not counted). */
    Map<String, Long> rows() {
        return rows;
    }

    Map<String, List<String>> columns() {
        return columns;
    }

    /** Adds a file written whole (the manifest). */
    void file(String fileName, byte[] content) {
        try {
            finish();
            zip.putNextEntry(new ZipEntry(fileName));
            zip.write(content);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void finish() throws IOException {
        if (csv != null) {
            csv.flush();
            zip.closeEntry();
            csv = null;
        }
    }

    @Override
    public void close() {
        try {
            finish();
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
