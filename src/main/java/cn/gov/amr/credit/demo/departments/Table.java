package cn.gov.amr.credit.demo.departments;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import cn.gov.amr.credit.ingestion.schema.RecordField;

/** A file being written row by row: a header row, then one row of raw values per record. */
interface Table extends Closeable {

    void row(List<String> values) throws IOException;

    /** A CSV or XLSX file of {@code style} with one column per field, the header row already written. */
    static Table open(Path file, FileStyle style, List<RecordField> columns) throws IOException {
        List<String> header = style.headerOf(columns);
        return style.format().equals(FileStyle.CSV) ? new CsvTable(file, style, header)
                : new XlsxTable(file, style, columns, header);
    }
}
