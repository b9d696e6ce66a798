package cn.gov.amr.credit.lists;

import java.time.LocalDate;

/**
 * A removal (移出), restoration (恢复) or early removal decision (contract of
 * {@code POST /api/v1/lists/…/{id}/removal}): why, on what day, under which document number.
 */
public record RemovalDecision(String reason, LocalDate decidedOn, String documentNumber) {
}
