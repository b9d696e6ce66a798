package cn.gov.amr.credit.audit.model;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.gov.amr.credit.shared.Hashes;

/**
 * The hash chain: each entry's hash covers its own content and the previous entry's hash, so
 * changing or removing any entry breaks every link after it. This is the algorithm an external
 * checker re-implements (see docs/audit-chain.md).
 */
public final class AuditChain {

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final char SEPARATOR = '\u001f';

    private AuditChain() {
    }

    /** Builds the next entry after {@code previous} (null for the first). */
    public static AuditRecord next(AuditRecord previous, Instant occurredAt, String actor, String clientAddress,
                                   String action, String target, String details) {
        long seq = previous == null ? 1 : previous.seq() + 1;
        String previousHash = previous == null ? GENESIS : previous.hash();
        Instant at = occurredAt.truncatedTo(ChronoUnit.MICROS);
        var draft = new AuditRecord(seq, at, actor, clientAddress, action, target, details, previousHash, "");
        return new AuditRecord(seq, at, draft.actor(), draft.clientAddress(), action, draft.target(), draft.details(),
                previousHash, hashOf(draft));
    }

    /** SHA-256 (lower-case hex) of the entry's content fields and its previous hash. */
    public static String hashOf(AuditRecord entry) {
        String content = String.join(String.valueOf(SEPARATOR),
                Long.toString(entry.seq()),
                entry.occurredAt().truncatedTo(ChronoUnit.MICROS).toString(),
                entry.actor(),
                entry.clientAddress(),
                entry.action(),
                entry.target(),
                entry.details(),
                entry.previousHash());
        return Hashes.sha256Hex(content);
    }
}
