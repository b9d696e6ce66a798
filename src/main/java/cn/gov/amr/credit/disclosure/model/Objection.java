package cn.gov.amr.credit.disclosure.model;

import java.time.Instant;

/**
 * An objection to a public record, named by its public {@code recordId} ({@link PublicRecord#id()}),
 * or to an entity's public information as a whole when {@code recordId} is null. {@code recordKind}
 * and {@code documentNumber} say for reviewers which record it was (objections raised before records had
 * ids have only these). {@code contact} is personal data: reviewers see it, the public never does.
 */
public record Objection(long id, String entityCode, String recordId, String recordKind, String documentNumber,
                        String reason, String contact, Status status, String answer, Instant raisedAt,
                        Instant answeredAt, String answeredBy) {

    /** OPEN until a reviewer confirms the record, corrects it, or rejects the objection. */
    public enum Status { OPEN, CONFIRMED, CORRECTED, REJECTED }
}
