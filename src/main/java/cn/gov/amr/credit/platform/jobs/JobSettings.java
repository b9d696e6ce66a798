package cn.gov.amr.credit.platform.jobs;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the job scheduler runs ({@code credit.jobs.*}).
 *
 * @param pollingInterval how often an instance looks for due jobs (a job started from the page runs at once)
 * @param threads         jobs one instance runs at the same time
 * @param heartbeat       how often a running job's row is touched; a run whose instance missed six
 *                        heartbeats is taken as dead and run again by another instance
 * @param retries         retries of a failed run before the job waits for its next slot
 * @param retryBackoff    pause before the first retry; doubled for each further one (never past the next slot)
 * @param runsKept        runs kept in each job's history; older ones are deleted
 * @param shutdownWait    how long stopping the platform waits for running jobs
 */
@ConfigurationProperties("credit.jobs")
public record JobSettings(Duration pollingInterval, int threads, Duration heartbeat, int retries,
                          Duration retryBackoff, int runsKept, Duration shutdownWait) {

    public JobSettings {
        pollingInterval = pollingInterval == null ? Duration.ofSeconds(10) : pollingInterval;
        threads = threads <= 0 ? 2 : threads;
        heartbeat = heartbeat == null ? Duration.ofSeconds(30) : heartbeat;
        retries = retries < 0 ? 0 : retries == 0 ? 3 : retries;
        retryBackoff = retryBackoff == null ? Duration.ofMinutes(1) : retryBackoff;
        runsKept = runsKept <= 0 ? 200 : runsKept;
        shutdownWait = shutdownWait == null ? Duration.ofSeconds(30) : shutdownWait;
    }
}
