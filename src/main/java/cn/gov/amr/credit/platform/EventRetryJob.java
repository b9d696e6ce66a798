package cn.gov.amr.credit.platform;

import java.time.Duration;

import org.springframework.beans.factory.ObjectProvider;
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

    EventRetryJob(ObjectProvider<IncompleteEventPublications> incomplete, EventSettings settings) {
        this.incomplete = incomplete;
        this.retryAfter = settings.retryAfter();
        this.schedule = JobSchedule.every(settings.retryEvery(), settings.retryEvery());
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
