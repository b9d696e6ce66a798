package cn.gov.amr.credit.platform.jobs;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import cn.gov.amr.credit.platform.JobOutcome;
import cn.gov.amr.credit.platform.JobRun;
import cn.gov.amr.credit.platform.JobRunQuery;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The run history of the jobs ({@code platform.job_runs}): one row per run, retries included. */
@Repository
public class JobRuns {

    /** Summary of a run whose instance died before it finished. */
    static final String ABANDONED = "abandoned";
    private static final String COLUMNS = "id, job, slot, started_at, finished_at, outcome, summary, instance_id, "
            + "progress_done, progress_total";

    private final JdbcClient jdbc;

    JobRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records that {@code instance} starts {@code job} for {@code slot}. The scheduler runs a job on
     * one instance at a time, so a run of the same job still marked running was abandoned by a
     * dead instance: it is marked failed.
     */
    long start(String job, Instant slot, String instance, Instant now) {
        jdbc.sql("update platform.job_runs set outcome = 'FAILED', summary = :summary, finished_at = :now "
                        + "where job = :job and outcome = 'RUNNING'")
                .param("summary", ABANDONED).param("now", Timestamp.from(now)).param("job", job).update();
        return jdbc.sql("""
                        insert into platform.job_runs (job, slot, instance_id, started_at, outcome)
                        values (:job, :slot, :instance, :now, 'RUNNING') returning id""")
                .param("job", job).param("slot", Timestamp.from(slot)).param("instance", instance)
                .param("now", Timestamp.from(now)).query(Long.class).single();
    }

    void progress(long id, long done, long total) {
        jdbc.sql("update platform.job_runs set progress_done = ?, progress_total = ? where id = ? and outcome = 'RUNNING'")
                .params(done, total, id).update();
    }

    void finish(long id, JobOutcome outcome, String summary, Instant now) {
        jdbc.sql("update platform.job_runs set outcome = ?, summary = ?, finished_at = ? where id = ?")
                .params(outcome.name(), summary, Timestamp.from(now), id).update();
    }

    /** Deletes all but the newest {@code kept} runs of {@code job}. */
    void prune(String job, int kept) {
        jdbc.sql("""
                        delete from platform.job_runs where job = :job and id < (
                            select min(id) from (select id from platform.job_runs where job = :job
                                                 order by id desc limit :kept) newest)""")
                .param("job", job).param("kept", kept).update();
    }

    /** The newest {@code limit} runs of {@code job}, newest first. */
    public List<JobRun> latest(String job, int limit) {
        return jdbc.sql("select " + COLUMNS + " from platform.job_runs where job = ? order by id desc limit ?")
                .params(job, limit).query(JobRuns::run).list();
    }

    /** The runs matching {@code query}'s job and outcome, newest first, on its page. */
    public List<JobRun> search(JobRunQuery query) {
        return jdbc.sql("select " + COLUMNS + " from platform.job_runs where " + FILTER
                        + " order by id desc limit :size offset :offset")
                .param("job", query.job()).param("outcome", outcome(query))
                .param("size", query.size()).param("offset", query.offset())
                .query(JobRuns::run).list();
    }

    public long count(JobRunQuery query) {
        return jdbc.sql("select count(*) from platform.job_runs where " + FILTER)
                .param("job", query.job()).param("outcome", outcome(query)).query(Long.class).single();
    }

    private static final String FILTER = "(cast(:job as text) is null or job = :job) "
            + "and (cast(:outcome as text) is null or outcome = :outcome)";

    private static String outcome(JobRunQuery query) {
        return query.outcome() == null ? null : query.outcome().name();
    }

    private static JobRun run(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new JobRun(rs.getLong("id"), rs.getString("job"), rs.getTimestamp("slot").toInstant(),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                JobOutcome.valueOf(rs.getString("outcome")), rs.getString("summary"), rs.getString("instance_id"),
                rs.getObject("progress_done", Long.class), rs.getObject("progress_total", Long.class));
    }
}
