package cn.gov.amr.credit.ingestion.application;

import java.util.List;

/**
 * Why a row was not accepted: the row as the sender counts it (spreadsheet row of a file, 1-based
 * element of a push), the field (English name, null for the row), a machine code and the arguments
 * of its message {@code problem.field.<code>}.
 */
public record RowError(long quarantineId, int row, String field, String code, List<Object> arguments) {
}
