package cn.gov.amr.credit.ingestion.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Fingerprints of record payloads, to tell an unchanged resend from a new version (not a security hash). */
final class RowHashes {

    private static final HexFormat HEX = HexFormat.of();
    /** Looking a digest up costs more than using it: one per worker thread. */
    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is always present", e);
        }
    });

    private RowHashes() {
    }

    static String of(String payload) {
        MessageDigest digest = MD5.get();
        digest.reset();
        return HEX.formatHex(digest.digest(payload.getBytes(StandardCharsets.UTF_8)));
    }
}
