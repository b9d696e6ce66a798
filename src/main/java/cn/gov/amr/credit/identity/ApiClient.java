package cn.gov.amr.credit.identity;

import java.time.Instant;

/**
 * A department's machine client, known by its key. {@code keyPrefix} (the first characters of the
 * key) lets people tell keys apart without revealing them.
 */
public record ApiClient(long id, String clientName, String department, String keyPrefix, Instant createdAt,
                        String createdBy, Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }
}
