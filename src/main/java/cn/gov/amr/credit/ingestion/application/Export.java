package cn.gov.amr.credit.ingestion.application;

import cn.gov.amr.credit.ingestion.RecordKind;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded export: to which platform, which kind and period (decision dates), how many records. */
public record Export(long id, Destination destination, RecordKind kind, LocalDate from, LocalDate to, String format,
                     int records, String fileName, Instant createdAt, String createdBy) {
}
