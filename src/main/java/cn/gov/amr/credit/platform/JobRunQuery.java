package cn.gov.amr.credit.platform;

/**
 * A filter over the run history, newest first.
 *
 * @param job     a job's name, or null for all
 * @param outcome an outcome, or null for all
 * @param page    1-based; below 1 reads as 1
 * @param size    rows per page, 1 to 500 (clamped)
 */
public record JobRunQuery(String job, JobOutcome outcome, int page, int size) {

    public static final int MAX_SIZE = 500;

    public JobRunQuery {
        job = job == null || job.isBlank() ? null : job.strip();
        page = Math.max(1, page);
        size = Math.min(MAX_SIZE, Math.max(1, size));
    }

    public long offset() {
        return (long) (page - 1) * size;
    }
}
