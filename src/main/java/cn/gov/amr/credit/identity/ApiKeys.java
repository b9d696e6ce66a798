package cn.gov.amr.credit.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import cn.gov.amr.credit.audit.AuditActions;
import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.identity.infrastructure.ApiKeyStore;
import cn.gov.amr.credit.shared.Hashes;
import cn.gov.amr.credit.shared.Refusal;
import cn.gov.amr.credit.shared.Refusal.FieldProblem;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * API keys of department clients: 256-bit random secrets, shown once, stored as SHA-256 (a slow
 * password hash would cost 50–100 ms on every request and adds nothing for a random secret).
 */
@Service
public class ApiKeys {

    /** Keys start with this, so that they are recognisable in a secret scanner. */
    static final String PREFIX = "csk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiKeyStore store;
    private final AuditLog audit;
    private final Clock clock;

    ApiKeys(ApiKeyStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
    }

    /** Issues a new key for a client; the returned key is the only copy. */
    @Transactional
    public IssuedApiKey issue(String clientName, String department) {
        if (clientName == null || clientName.isBlank() || clientName.length() > 100) {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_API_CLIENT",
                    List.of(new FieldProblem("$.clientName", "CLIENT_NAME_REQUIRED")));
        }
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String key = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        long id = store.insert(clientName.trim(), department, key.substring(0, PREFIX.length() + 6), sha256(key),
                clock.instant(), AuditLog.currentActor().name());
        audit.record(AuditActions.API_KEY_ISSUED, "api-key:" + id,
                Map.of("client", clientName.trim(), "department", Objects.toString(department, "")));
        return new IssuedApiKey(id, clientName.trim(), key);
    }

    /** Revokes a key at once; requests with it are refused from then on. */
    @Transactional
    public void revoke(long id) {
        var client = store.find(id).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "API_KEY_NOT_FOUND", id));
        if (store.revoke(id, clock.instant())) {
            audit.record(AuditActions.API_KEY_REVOKED, "api-key:" + id, Map.of("client", client.clientName()));
        }
    }

    /** Revokes the old key and issues a new one for the same client. */
    @Transactional
    public IssuedApiKey rotate(long id) {
        var client = store.find(id).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "API_KEY_NOT_FOUND", id));
        revoke(id);
        return issue(client.clientName(), client.department());
    }

    /** The active client holding {@code presentedKey}, if any. */
    @Transactional(readOnly = true)
    public Optional<ApiClient> authenticate(String presentedKey) {
        if (presentedKey == null || !presentedKey.startsWith(PREFIX) || presentedKey.length() > 200) {
            return Optional.empty();
        }
        return store.findActiveByHash(sha256(presentedKey));
    }

    @Transactional(readOnly = true)
    public Optional<ApiClient> find(long id) {
        return store.find(id);
    }

    @Transactional(readOnly = true)
    public List<ApiClient> all() {
        return store.all();
    }

    static String sha256(String key) {
        return Hashes.sha256Hex(key);
    }
}
