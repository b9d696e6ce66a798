package cn.gov.amr.credit.ingestion.application;

/** Records sent to a destination, by month of their decision (each record version counted once). */
public record ExportCount(Destination destination, String month, long records) {
}
