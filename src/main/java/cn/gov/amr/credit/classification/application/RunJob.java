package cn.gov.amr.credit.classification.application;

import cn.gov.amr.credit.classification.RunKind;
import cn.gov.amr.credit.classification.RunProgress;
import cn.gov.amr.credit.classification.WhatIfReport;
import cn.gov.amr.credit.classification.infrastructure.RunStore;
import cn.gov.amr.credit.platform.JobProgress;
import cn.gov.amr.credit.platform.JobSchedule;
import cn.gov.amr.credit.platform.ScheduledJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;

/**
 * Runs the queued classification runs one after another until none is left (full reclassifications and
 * what-ifs). Woken when a run is queued; every 10 minutes it also looks, in case a wake-up was missed. Runs
 * left running by a stopped instance are queued again first (the platform runs this job once across
 * instances, so a run marked running while it starts is an orphan).
 */
@Component
class RunJob implements ScheduledJob {

    static final String NAME = "classification-runs";
    private static final Logger log = LoggerFactory.getLogger(RunJob.class);

    private final RunStore runs;
    private final ModelService models;
    private final BulkRun bulk;
    private final ClassificationService classification;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;

    RunJob(RunStore runs, ModelService models, BulkRun bulk, ClassificationService classification,
           PlatformTransactionManager transactions, JsonMapper json, Clock clock) {
        this.runs = runs;
        this.models = models;
        this.bulk = bulk;
        this.classification = classification;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.clock = clock;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public JobSchedule schedule() {
        return JobSchedule.every(Duration.ofMinutes(10), Duration.ofMinutes(1));
    }

    @Override
    public String run(JobProgress progress) {
        transaction.executeWithoutResult(s -> runs.requeueOrphans());
        int done = 0;
        for (var run = claim(); run != null; run = claim()) {
            execute(run, progress);
            done++;
        }
        return "runs=" + done;
    }

    private RunProgress claim() {
        return transaction.execute(s -> runs.claim(clock.instant()).orElse(null));
    }

    private void execute(RunProgress run, JobProgress progress) {
        try {
            var model = models.definitionOf(run.modelId());
            var outcome = bulk.run(run, model);
            progress.report(outcome.done(), outcome.done());
            String report = run.kind() == RunKind.WHAT_IF ? json.writeValueAsString(report(run, outcome)) : null;
            transaction.executeWithoutResult(s -> runs.finish(run.id(), outcome.done(), report, clock.instant()));
            log.info("classification run {} ({}) done: {} entities, {} class changes", run.id(), run.kind(),
                    outcome.done(), outcome.changes());
        } catch (RuntimeException e) {
            log.warn("classification run {} failed: {}", run.id(), e.getClass().getName());
            transaction.executeWithoutResult(s -> runs.fail(run.id(), e.getClass().getSimpleName(), clock.instant()));
        }
    }

    private WhatIfReport report(RunProgress run, BulkRun.Outcome outcome) {
        var active = models.activeForEvaluation();
        var counter = outcome.whatIf();
        var currentResults = classification.of(counter.sample().stream().map(WhatIfCounter.Sampled::code).toList());
        var sample = counter.sample().stream().map(s -> new WhatIfReport.Mover(s.code(), s.name(),
                currentResults.stream().filter(r -> r.entityCode().equals(s.code())).findFirst().orElse(null),
                s.proposed())).toList();
        var model = models.definitionOf(run.modelId());
        return new WhatIfReport(run.id(), model.id(), model.version(), active.id(), active.version(),
                counter.distribution(), counter.current(), counter.moves(), sample);
    }
}
