package cn.gov.amr.credit.platform;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the module events whose listener failed or never finished (the event publication
 * registry keeps them), once they are older than {@code credit.events.retry-after}. Listeners are
 * idempotent, so a delivery twice (two instances retrying at once) does no harm.
 */
@Component
class EventRetryJob {

    private static final Logger log = LoggerFactory.getLogger(EventRetryJob.class);
    private final ObjectProvider<IncompleteEventPublications> incomplete;
    private final Duration retryAfter;

    EventRetryJob(ObjectProvider<IncompleteEventPublications> incomplete,
                  @Value("${credit.events.retry-after:2m}") Duration retryAfter) {
        this.incomplete = incomplete;
        this.retryAfter = retryAfter;
    }

    @Scheduled(fixedDelayString = "${credit.events.retry-every:60s}", initialDelayString = "${credit.events.retry-every:60s}")
    void retry() {
        incomplete.ifAvailable(publications -> {
            try {
                publications.resubmitIncompletePublicationsOlderThan(retryAfter);
            } catch (RuntimeException e) {
                log.warn("Could not resubmit incomplete event publications", e);
            }
        });
    }
}
