package cn.gov.amr.credit.platform;

import java.util.List;

/** One page of the run history, newest first; {@code total} counts every matching run. */
public record JobRunPage(List<JobRun> items, int page, int size, long total) {
}
