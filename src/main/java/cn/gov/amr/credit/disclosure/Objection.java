package cn.gov.amr.credit.disclosure;

import java.time.Instant;

/**
 * An objection to a public record (or to an entity's public information when no record is named).
 * {@code contact} is personal data: reviewers see it, the public never does.
 */
public record Objection(long id, String entityCode, String recordKind, String documentNumber, String reason,
                        String contact, Status status, String answer, Instant raisedAt, Instant answeredAt,
                        String answeredBy) {

    /** OPEN until a reviewer confirms the record, corrects it, or rejects the objection. */
    public enum Status { OPEN, CONFIRMED, CORRECTED, REJECTED }
}
