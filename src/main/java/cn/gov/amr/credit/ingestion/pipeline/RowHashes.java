package cn.gov.amr.credit.ingestion.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Fingerprints of record payloads, to tell an unchanged resend from a new version (not a security hash). */
final class RowHashes {

    private RowHashes() {
    }

    static String of(String payload) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(payload.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("MD5 is always present", e);
        }
    }
}
