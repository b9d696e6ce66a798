package cn.gov.amr.credit.audit.model;

/**
 * What a verification of the chain found.
 *
 * @param intact      true when every entry is present and unchanged
 * @param checked     entries verified before the first problem (all of them when intact)
 * @param firstBadSeq sequence number of the first altered or missing entry, or 0 when intact
 * @param problem     what is wrong with it, or null when intact
 * @param headSeq     the last entry's sequence number when intact
 * @param headHash    the last entry's hash when intact
 */
public record VerificationResult(boolean intact, long checked, long firstBadSeq, Problem problem, long headSeq,
                                 String headHash) {

    public enum Problem { ALTERED, MISSING }

    public static VerificationResult intact(long checked, long headSeq, String headHash) {
        return new VerificationResult(true, checked, 0, null, headSeq, headHash);
    }

    public static VerificationResult broken(long checked, long seq, Problem problem) {
        return new VerificationResult(false, checked, seq, problem, 0, null);
    }
}
