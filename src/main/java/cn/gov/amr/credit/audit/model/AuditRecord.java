package cn.gov.amr.credit.audit.model;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of the audit chain as stored.
 *
 * @param seq          position in the chain, 1 for the first entry, without gaps
 * @param occurredAt   when it happened (UTC, microsecond precision as PostgreSQL keeps it)
 * @param actor        user name, department client name, or {@code system}
 * @param clientAddress the client's network address, or empty for the system
 * @param action       what happened, such as {@code SIGN_IN}
 * @param target       what it happened to (a user name, an entity code …), may be empty
 * @param details      further facts, encoded canonically (see {@link CanonicalDetails})
 * @param previousHash hash of the entry before, or {@link AuditChain#GENESIS} for the first
 * @param hash         SHA-256 over this entry's content and {@code previousHash}
 */
public record AuditRecord(long seq, Instant occurredAt, String actor, String clientAddress, String action,
                          String target, String details, String previousHash, String hash) {

    public AuditRecord {
        Objects.requireNonNull(occurredAt);
        actor = Objects.requireNonNullElse(actor, "");
        clientAddress = Objects.requireNonNullElse(clientAddress, "");
        target = Objects.requireNonNullElse(target, "");
        details = Objects.requireNonNullElse(details, "{}");
    }

    /** Details decoded into a map, in key order. */
    public Map<String, String> detailMap() {
        return CanonicalDetails.decode(details);
    }
}
