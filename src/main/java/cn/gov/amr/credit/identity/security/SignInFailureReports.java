package cn.gov.amr.credit.identity.security;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;

import cn.gov.amr.credit.audit.Actor;
import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.identity.infrastructure.SignInAddresses;
import cn.gov.amr.credit.identity.infrastructure.SignInFailures;
import cn.gov.amr.credit.shared.LegalTime;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Failed sign-ins reach the audit log as one summary per client address and window ("N failures from
 * this address for these user names, M attempts refused unchecked"), not one entry per attempt, so
 * that an attack cannot flood the hash chain. Successful sign-ins and lockouts are still audited one
 * by one. Every instance runs this; each summary is taken by exactly one of them.
 */
@Component
class SignInFailureReports {

    /** Audit action of a summary; its target is the one user name tried, or empty if several were. */
    static final String SIGN_IN_FAILURES = "SIGN_IN_FAILURES";
    /** Who a summary is by: nobody signed in. */
    static final String ANONYMOUS = "anonymous";
    private static final int SUMMARIES_PER_TRANSACTION = 200;

    private final SignInThrottle throttle;
    private final SignInAddresses addresses;
    private final SignInFailures accountFailures;
    private final AuditLog audit;
    private final IdentitySettings settings;
    private final TransactionTemplate transactions;
    private final Clock clock;

    SignInFailureReports(SignInThrottle throttle, SignInAddresses addresses, SignInFailures accountFailures,
                         AuditLog audit, IdentitySettings settings, TransactionTemplate transactions, Clock clock) {
        this.throttle = throttle;
        this.addresses = addresses;
        this.accountFailures = accountFailures;
        this.audit = audit;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${credit.identity.throttle.report-every:15s}",
            initialDelayString = "${credit.identity.throttle.report-every:15s}")
    void run() {
        report(clock.instant());
    }

    /**
     * Writes the summaries due at {@code now} (those whose first failure is a window old) and forgets
     * what no longer counts.
     *
     * @return the number of summaries written
     */
    int report(Instant now) {
        throttle.flushRefusals();
        var window = settings.throttle().window();
        int written = 0;
        int batch;
        do {
            batch = transactions.execute(status -> summarise(addresses.takeDue(now.minus(window),
                    SUMMARIES_PER_TRANSACTION)));
            written += batch;
        } while (batch == SUMMARIES_PER_TRANSACTION);
        addresses.purge(now.minus(window));
        accountFailures.purge(now.minus(settings.lockout().duration()), now);
        return written;
    }

    private int summarise(List<SignInAddresses.Unaudited> due) {
        for (var summary : due) {
            var details = new LinkedHashMap<String, String>();
            details.put("failures", Integer.toString(summary.failures()));
            details.put("refusedUnchecked", Long.toString(summary.refusals()));
            details.put("userNames", String.join(",", summary.userNames()) + (summary.moreUserNames() ? ",…" : ""));
            details.put("since", LegalTime.local(summary.since()).toString());
            String target = summary.userNames().size() == 1 && !summary.moreUserNames() ? summary.userNames().get(0) : "";
            audit.record(new Actor(ANONYMOUS, summary.clientAddress()), SIGN_IN_FAILURES, target, details);
        }
        return due.size();
    }
}
