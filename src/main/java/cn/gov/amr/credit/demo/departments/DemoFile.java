package cn.gov.amr.credit.demo.departments;

import cn.gov.amr.credit.ingestion.RecordKind;

/**
 * One file the demo departments send.
 *
 * @param departmentCode the sending department's credit code
 * @param fileName       the file's name in the directory written to
 * @param format         {@code CSV} or {@code XLSX}
 * @param encoding       {@code UTF-8}, {@code UTF-8-BOM} or {@code GBK} for CSV; null for XLSX
 * @param acceptedRows   rows the pipeline accepts (valid, matching exactly one entity, each with its own natural key)
 * @param messyRows      rows it must not accept: quarantined ones plus {@code duplicateRows}
 * @param duplicateRows  of the messy rows, exact copies of an accepted row of the same file
 */
public record DemoFile(String departmentCode, RecordKind kind, String fileName, String format, String encoding,
                       int acceptedRows, int messyRows, int duplicateRows) {

    /** Messy rows that are not duplicates: those the pipeline quarantines. */
    public int quarantinedRows() {
        return messyRows - duplicateRows;
    }
}
