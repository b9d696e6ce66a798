package cn.gov.amr.credit.disclosure.model;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Opaque names of things the public may point at without learning what they are: a public record's
 * {@code id} (HMAC-SHA256 of the record's identity under the installation's key, first 12 bytes in hex:
 * stable across the record's versions, the same in the report, its page and every issued report, and
 * revealing neither its document number nor how many records exist) and a client address as kept for
 * the objection limits (never the address itself).
 */
public final class OpaqueNames {

    private static final int RECORD_ID_BYTES = 12;
    private final SecretKeySpec key;

    public OpaqueNames(byte[] key) {
        this.key = new SecretKeySpec(key, "HmacSHA256");
    }

    /** The public id of the record of {@code kind} with {@code documentNumber} (its natural key) from a department about an entity. */
    public String record(String entityCode, long departmentId, String kind, String documentNumber) {
        byte[] mac = mac("record\n" + entityCode + "\n" + departmentId + "\n" + kind + "\n" + documentNumber);
        return HexFormat.of().formatHex(mac, 0, RECORD_ID_BYTES);
    }

    /**
     * The public id of a listing on a list (of the lists module): the same length and kind of name as a record's,
     * revealing neither the listing's number nor how many listings exist.
     */
    public String listing(String list, long listingId) {
        byte[] mac = mac("listing\n" + list + "\n" + listingId);
        return HexFormat.of().formatHex(mac, 0, RECORD_ID_BYTES);
    }

    /** A client address as kept for counting (whole HMAC in hex). */
    public String address(String address) {
        return HexFormat.of().formatHex(mac("address\n" + address));
    }

    private byte[] mac(String text) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
