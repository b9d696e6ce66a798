package cn.gov.amr.credit.classification.application;

import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.classification.ClassificationRuns;
import cn.gov.amr.credit.classification.RunKind;
import cn.gov.amr.credit.classification.RunProgress;
import cn.gov.amr.credit.classification.WhatIfReport;
import cn.gov.amr.credit.classification.infrastructure.RunStore;
import cn.gov.amr.credit.platform.Jobs;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Queues runs and wakes the run job ({@link RunJob}), which runs them one at a time, once across
 * instances. A full run asked for while one is still queued joins it.
 */
@Service
public class RunService implements ClassificationRuns {

    private final RunStore runs;
    private final ModelService models;
    private final Jobs jobs;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;

    RunService(RunStore runs, ModelService models, @org.springframework.context.annotation.Lazy Jobs jobs, AuditLog audit, JsonMapper json, Clock clock) {
        this.runs = runs;
        this.models = models;
        this.jobs = jobs;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional
    public long startFull() {
        var queued = runs.queuedFull();
        if (queued.isPresent()) {
            return queued.get();
        }
        return queue(RunKind.FULL, models.active().id());
    }

    @Override
    @Transactional
    public long startWhatIf(long modelId) {
        return queue(RunKind.WHAT_IF, models.require(modelId).id());
    }

    private long queue(RunKind kind, long modelId) {
        long id = runs.queue(kind, modelId, AuditLog.currentActor().name(), clock.instant());
        audit.record(ClassificationAudit.RUN_STARTED, "run:" + id, Map.of("kind", kind.name(), "model", Long.toString(modelId)));
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    wake();
                }
            });
        } else {
            wake();
        }
        return id;
    }

    /** Starts the run job now; if it is running, it takes the queued run when it has finished the one in hand. */
    private void wake() {
        try {
            jobs.startNow(RunJob.NAME);
        } catch (Refusal running) {
            // running: it drains the queue before it stops
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RunProgress> progress(long runId) {
        return runs.find(runId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RunProgress> recent(int limit) {
        return runs.recent(Math.max(1, Math.min(limit, 100)));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<WhatIfReport> whatIf(long runId) {
        return runs.report(runId).map(text -> json.readValue(text, WhatIfReport.class));
    }
}
