package cn.gov.amr.credit.classification;

import java.time.Instant;

/**
 * A run and how far it is: entities done of the total (the total is known once the run has started),
 * its model, who started it (or {@code system:monthly}), and when it started and ended.
 */
public record RunProgress(long id, RunKind kind, RunStatus status, long modelId, int modelVersion, long done,
                          long total, Instant queuedAt, Instant startedAt, Instant finishedAt, String startedBy,
                          String error) {

    /** Percent done, 0–100. */
    @com.fasterxml.jackson.annotation.JsonProperty("percent")
    public int percent() {
        return total <= 0 ? (status == RunStatus.DONE ? 100 : 0) : (int) Math.min(100, done * 100 / total);
    }
}
