package cn.gov.amr.credit.platform;

import java.time.Clock;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import cn.gov.amr.credit.platform.infrastructure.InstanceId;

/**
 * Runs a scheduled job once across all platform instances that share the database.
 *
 * <p>Every instance fires its own {@code @Scheduled} trigger; the first one to claim the job's
 * slot (for example the legal date of a daily job) in {@code platform.job_runs} runs it, the
 * others skip. A slot, once claimed, is never run again, even if the run failed (the failure is
 * recorded and logged); the next slot runs as usual.
 */
@Service
public class ClusterJobs {

    private static final Logger log = LoggerFactory.getLogger(ClusterJobs.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final String instanceId;

    ClusterJobs(JdbcClient jdbc, TransactionTemplate transactions, Clock clock, InstanceId instanceId) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.instanceId = instanceId.value();
    }

    /**
     * Claims {@code slot} of {@code job} and runs {@code action} if this instance won the claim.
     *
     * @return true if this instance ran the job for the slot
     */
    public boolean runOnce(String job, String slot, Supplier<String> action) {
        Boolean claimed = transactions.execute(status -> jdbc.sql("""
                        insert into platform.job_runs (job, slot, instance_id, started_at)
                        values (:job, :slot, :instance, :now)
                        on conflict (job, slot) do nothing""")
                .param("job", job).param("slot", slot).param("instance", instanceId)
                .param("now", java.sql.Timestamp.from(clock.instant()))
                .update() == 1);
        if (!Boolean.TRUE.equals(claimed)) {
            log.debug("Job {} slot {} already claimed by another instance", job, slot);
            return false;
        }
        String outcome;
        try {
            outcome = action.get();
        } catch (RuntimeException e) {
            log.error("Job {} slot {} failed", job, slot, e);
            outcome = "FAILED: " + e.getClass().getSimpleName();
        }
        jdbc.sql("update platform.job_runs set finished_at = :now, outcome = :outcome where job = :job and slot = :slot")
                .param("now", java.sql.Timestamp.from(clock.instant())).param("outcome", outcome)
                .param("job", job).param("slot", slot).update();
        return true;
    }
}
