package cn.gov.amr.credit.platform;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.stereotype.Component;

/**
 * Delivers again the module events whose listener failed or never finished (the event publication
 * registry keeps them), once they are older than {@code credit.events.retry-after}; every
 * {@code credit.events.retry-every}, once across instances. Listeners are idempotent, so a
 * delivery twice does no harm.
 */
@Component
class EventRetryJob implements ScheduledJob {

    static final String JOB = "event-retry";
    private final ObjectProvider<IncompleteEventPublications> incomplete;
    private final Duration retryAfter;
    private final JobSchedule schedule;

    EventRetryJob(ObjectProvider<IncompleteEventPublications> incomplete,
                  @Value("${credit.events.retry-after:2m}") Duration retryAfter,
                  @Value("${credit.events.retry-every:60s}") Duration every) {
        this.incomplete = incomplete;
        this.retryAfter = retryAfter;
        this.schedule = JobSchedule.every(every, every);
    }

    @Override
    public String name() {
        return JOB;
    }

    @Override
    public JobSchedule schedule() {
        return schedule;
    }

    @Override
    public String run(JobProgress progress) {
        var publications = incomplete.getIfAvailable();
        if (publications == null) {
            return "no event registry";
        }
        publications.resubmitIncompletePublicationsOlderThan(retryAfter);
        return "resubmitted older than " + retryAfter;
    }
}
