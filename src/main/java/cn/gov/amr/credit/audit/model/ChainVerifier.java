package cn.gov.amr.credit.audit.model;


/**
 * Walks the chain in sequence order and names the first entry that was altered or is missing.
 * Feed it every entry in ascending {@code seq}, then ask for the {@link #result()}.
 *
 * <p>A chain can be rewritten consistently from some entry on, or cut off at the end, by someone
 * who controls the database; a head published earlier (the daily checkpoint, also written to the
 * application log) catches both: its entry must still be there with the same hash.
 */
public final class ChainVerifier {

    private final Checkpoint checkpoint;
    private long expectedSeq = 1;
    private String expectedPreviousHash = AuditChain.GENESIS;
    private long checked;
    private VerificationResult failure;

    /** @param checkpoint a head published earlier, or null */
    public ChainVerifier(Checkpoint checkpoint) {
        this.checkpoint = checkpoint;
    }

    /** A head of the chain as published at some time: its sequence number and hash. */
    public record Checkpoint(long seq, String hash) {
    }

    /** Checks one more entry; after the first failure the rest are ignored. */
    public void accept(AuditRecord entry) {
        if (failure != null) {
            return;
        }
        if (entry.seq() != expectedSeq) {
            failure = VerificationResult.broken(checked, expectedSeq, VerificationResult.Problem.MISSING);
            return;
        }
        if (!AuditChain.hashOf(entry).equals(entry.hash())) {
            failure = VerificationResult.broken(checked, entry.seq(), VerificationResult.Problem.ALTERED);
            return;
        }
        if (!entry.previousHash().equals(expectedPreviousHash)) {
            // This entry is intact, so the one before it was rewritten with a new hash.
            failure = VerificationResult.broken(checked - 1, entry.seq() - 1, VerificationResult.Problem.ALTERED);
            return;
        }
        if (checkpoint != null && checkpoint.seq() == entry.seq() && !checkpoint.hash().equals(entry.hash())) {
            failure = VerificationResult.broken(checked, entry.seq(), VerificationResult.Problem.ALTERED);
            return;
        }
        checked++;
        expectedSeq = entry.seq() + 1;
        expectedPreviousHash = entry.hash();
    }

    public VerificationResult result() {
        if (failure != null) {
            return failure;
        }
        if (checkpoint != null && expectedSeq <= checkpoint.seq()) {
            return VerificationResult.broken(checked, expectedSeq, VerificationResult.Problem.MISSING);
        }
        return VerificationResult.intact(checked, expectedSeq - 1, expectedPreviousHash);
    }
}
