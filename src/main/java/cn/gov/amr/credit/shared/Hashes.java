package cn.gov.amr.credit.shared;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes used across modules (key hashes, issued documents, bulk files). */
public final class Hashes {

    private Hashes() {
    }

    /** A new SHA-256 digest, for content hashed as it streams. */
    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always present", e);
        }
    }

    /** SHA-256 of the bytes, as 64 lower-case hex digits. */
    public static String sha256Hex(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** SHA-256 of the text's UTF-8 bytes, as 64 lower-case hex digits. */
    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }
}
