package cn.gov.amr.credit.audit;

import java.time.Clock;
import java.util.Map;

import cn.gov.amr.credit.audit.infrastructure.AuditEntries;
import cn.gov.amr.credit.audit.model.AuditChain;
import cn.gov.amr.credit.audit.model.AuditEntry;
import cn.gov.amr.credit.audit.model.AuditQuery;
import cn.gov.amr.credit.audit.model.CanonicalDetails;
import cn.gov.amr.credit.audit.model.ChainHead;
import cn.gov.amr.credit.audit.model.ChainVerifier;
import cn.gov.amr.credit.audit.model.VerificationResult;
import cn.gov.amr.credit.shared.Paged;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail's API. Writing joins the caller's transaction, so an entry commits or rolls back
 * together with the decision it records; writers are serialised by a database lock, so the chain
 * never forks across threads or instances. There is no update or delete.
 */
@Service
public class AuditLog {

    private final AuditEntries entries;
    private final Clock clock;

    AuditLog(AuditEntries entries, Clock clock) {
        this.entries = entries;
        this.clock = clock;
    }

    /** Records an action by the signed-in user of the current request (or the system outside one). */
    @Transactional
    public void record(String action, String target, Map<String, String> details) {
        record(currentActor(), action, target, details);
    }

    /** Records an action by {@code actor}. Details must not hold passwords, keys or unmasked ID numbers. */
    @Transactional
    public void record(Actor actor, String action, String target, Map<String, String> details) {
        entries.lockForAppend();
        var previous = entries.last().orElse(null);
        var entry = AuditChain.next(previous, clock.instant(), actor.name(), actor.clientAddress(), action, target,
                CanonicalDetails.encode(details));
        entries.append(entry);
    }

    @Transactional(readOnly = true)
    /** A page of the entries matching the query, newest first, and their exact total. */
    public Paged<AuditEntry> search(AuditQuery query) {
        return entries.search(query);
    }

    /** The latest entry's position and hash; seq 0 when the log is empty. */
    @Transactional(readOnly = true)
    public ChainHead head() {
        return entries.last().map(e -> new ChainHead(e.seq(), e.hash())).orElse(new ChainHead(0, AuditChain.GENESIS));
    }

    /**
     * Recomputes every hash and link, and checks the latest published checkpoint is still there,
     * naming the first altered or missing entry.
     */
    @Transactional(readOnly = true)
    public VerificationResult verify() {
        var checkpoint = entries.latestCheckpoint()
                .map(c -> new ChainVerifier.Checkpoint(c.seq(), c.hash())).orElse(null);
        var verifier = new ChainVerifier(checkpoint);
        entries.forEachInOrder(verifier::accept);
        return verifier.result();
    }

    /** The current request's user and client address, or the system. */
    public static Actor currentActor() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String name = authentication != null && authentication.isAuthenticated()
                ? authentication.getName() : Actor.SYSTEM;
        return new Actor(name, currentClientAddress());
    }

    /** The address of the client of the current request, or empty outside a request. */
    public static String currentClientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return "";
    }
}
