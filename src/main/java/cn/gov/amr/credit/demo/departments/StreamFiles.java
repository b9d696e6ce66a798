package cn.gov.amr.credit.demo.departments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Random;

import cn.gov.amr.credit.ingestion.schema.RecordField;
import cn.gov.amr.credit.ingestion.schema.KindSchema;

/**
 * Writes one stream's rows to its files: one file, or several of at most
 * {@link DemoFigures#MAX_FILE_ROWS} rows split in date order; the stream's duplicates are spread over
 * them, each an exact copy of an accepted row of its file, placed somewhere after the original.
 */
final class StreamFiles {

    private StreamFiles() {
    }

    static List<DemoFile> write(Path directory, StreamSpec spec, KindSchema schema, List<DemoRow> rows,
                                Random random) throws IOException {
        int total = rows.size() + spec.duplicates();
        int parts = Math.max(1, (total + DemoFigures.MAX_FILE_ROWS - 1) / DemoFigures.MAX_FILE_ROWS);
        long[] sizes = new long[parts];
        Arrays.fill(sizes, 1);
        int[] rowsPerPart = Allocation.proportional(rows.size(), sizes);
        int[] duplicatesPerPart = Allocation.proportional(spec.duplicates(), sizes);
        var files = new ArrayList<DemoFile>(parts);
        int from = 0;
        for (int p = 0; p < parts; p++) {
            var part = new ArrayList<>(rows.subList(from, from + rowsPerPart[p]));
            from += rowsPerPart[p];
            duplicate(part, duplicatesPerPart[p], random);
            String name = spec.fileStem() + (parts > 1 ? "-" + (p + 1) : "") + "." + spec.style().extension();
            files.add(write(directory.resolve(name), spec, schema, part));
        }
        return files;
    }

    private static void duplicate(List<DemoRow> part, int count, Random random) {
        var accepted = new ArrayList<Integer>();
        for (int i = 0; i < part.size(); i++) {
            if (part.get(i).outcome() == DemoRow.Outcome.ACCEPTED) {
                accepted.add(i);
            }
        }
        if (count > accepted.size()) {
            throw new IllegalStateException("too few rows to duplicate " + count);
        }
        var originals = new ArrayList<DemoRow>(count);
        for (int i = 0; i < count; i++) {
            originals.add(part.get(accepted.get(random.nextInt(accepted.size()))));
        }
        for (DemoRow original : originals) {
            int at = indexOf(part, original);
            int position = at + 1 + random.nextInt(part.size() - at);
            part.add(position, new DemoRow(new HashMap<>(original.values()), DemoRow.Outcome.DUPLICATE));
        }
    }

    private static int indexOf(List<DemoRow> rows, DemoRow row) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == row) {
                return i;
            }
        }
        throw new IllegalStateException("row not in its file");
    }

    private static DemoFile write(Path file, StreamSpec spec, KindSchema schema, List<DemoRow> rows) throws IOException {
        List<RecordField> columns = schema.fields();
        int accepted = 0;
        int duplicates = 0;
        try (Table table = Table.open(file, spec.style(), columns)) {
            for (DemoRow row : rows) {
                var values = new ArrayList<String>(columns.size());
                for (RecordField column : columns) {
                    String value = row.values().get(column.name());
                    values.add(value == null ? "" : value);
                }
                table.row(values);
                accepted += row.outcome() == DemoRow.Outcome.ACCEPTED ? 1 : 0;
                duplicates += row.outcome() == DemoRow.Outcome.DUPLICATE ? 1 : 0;
            }
        }
        var style = spec.style();
        return new DemoFile(spec.source().code(), spec.kind(), file.getFileName().toString(), style.format(),
                style.encoding(), accepted, rows.size() - accepted, duplicates);
    }
}
