package cn.gov.amr.credit.classification;

import java.util.List;
import java.util.Optional;

/**
 * Runs over the whole register: a full reclassification by the active model (on demand and monthly),
 * or a what-if of a draft model compared with the current classes. A run is queued and executed once
 * across instances, in the background; its progress can be read while it runs.
 */
public interface ClassificationRuns {

    /** Queues a full reclassification by the active model; the run's id. */
    long startFull();

    /** Queues a what-if of the model (a draft, or any version) against the current classes; the run's id. */
    long startWhatIf(long modelId);

    Optional<RunProgress> progress(long runId);

    /** The latest runs, newest first. */
    List<RunProgress> recent(int limit);

    /** A finished what-if's report (empty while running, or for a full run). */
    Optional<WhatIfReport> whatIf(long runId);
}
