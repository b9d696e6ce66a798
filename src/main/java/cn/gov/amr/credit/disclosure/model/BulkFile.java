package cn.gov.amr.credit.disclosure.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One day's public bulk file: a zip of CSV files (documented in docs/disclosure.md and its own
 * {@code manifest.json}) holding the public dataset as of {@code generatedAt}; the change feed after
 * {@code feedCursor} says what changed since.
 */
public record BulkFile(LocalDate day, String fileName, Instant generatedAt, long sizeBytes, String sha256,
                       String feedCursor, long entities, long records, String url) {
}
