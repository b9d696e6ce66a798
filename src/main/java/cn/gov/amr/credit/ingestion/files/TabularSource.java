package cn.gov.amr.credit.ingestion.files;

import java.util.List;

/**
 * Rows of a received file or push, streamed: the header first, then each row with its number as
 * the sender sees it (the spreadsheet row for files, the 1-based element for pushes).
 */
public interface TabularSource {

    /** Receives rows; may stop the stream early by returning false. */
    @FunctionalInterface
    interface RowHandler {
        boolean row(int rowNumber, List<String> cells);
    }

    /** CSV, XLSX or JSON. */
    String format();

    /** The character encoding detected (CSV), or null. */
    String encoding();

    /** The header cells (for JSON pushes: the English field names, known in advance). */
    List<String> header();

    /** Streams the data rows (after the header) to {@code handler}. */
    void rows(RowHandler handler);

    /** Share of the content read so far, 0 to 1. */
    double progress();
}
