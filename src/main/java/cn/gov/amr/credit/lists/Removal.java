package cn.gov.amr.credit.lists;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The end of a listing: how, on what day, by which decision (document number and reason; for an
 * automatic removal the reason names the rule), who decided and when it was recorded.
 */
public record Removal(RemovalKind kind, LocalDate decidedOn, String documentNumber, String reason,
                      String decidedBy, Instant decidedAt) {
}
