package cn.gov.amr.credit.demo.classification;

import java.time.Duration;
import java.util.Optional;

import cn.gov.amr.credit.classification.ClassificationRuns;
import cn.gov.amr.credit.classification.RiskClassification;
import cn.gov.amr.credit.classification.RunKind;
import cn.gov.amr.credit.classification.RunProgress;
import cn.gov.amr.credit.classification.RunStatus;
import cn.gov.amr.credit.classification.StatisticsDimension;
import cn.gov.amr.credit.demo.DemoStep;
import cn.gov.amr.credit.demo.city.AsDemo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo step "classification", after the lists: once the records are aggregated and the listings decided,
 * the whole register is classified by the active model, through the module's own full reclassification
 * ({@link ClassificationRuns#startFull()}, as {@code system:demo} with ADMIN). {@link #run()} only queues the
 * run (it starts once the marker's transaction has committed); {@link #awaitFinished()} waits until it is
 * DONE and logs the class distribution (counts per class, never an entity), warning when it is not
 * plausible ({@link ClassDistribution#plausible()}). A run that FAILED fails the step with the run's error;
 * at the next start the step finds the latest full run failed and queues one again. Any city size: the bench
 * city is classified too.
 */
@Component
class ClassificationStep implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(ClassificationStep.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(30);
    /** How many recent runs to look through for the latest full run (what-ifs come between). */
    private static final int RECENT = 50;

    private final ClassificationRuns runs;
    private final RiskClassification classification;
    /** The run this instance queued at this start, if it did. */
    private volatile Long queued;

    ClassificationStep(ClassificationRuns runs, RiskClassification classification) {
        this.runs = runs;
        this.classification = classification;
    }

    @Override
    public String name() {
        return "classification";
    }

    @Override
    public int order() {
        return 320;
    }

    @Override
    public boolean run() {
        queued = AsDemo.call(runs::startFull);
        log.info("Demo: full reclassification queued as run {}", queued);
        return true;
    }

    /**
     * Until the demo's full run is DONE: the one queued at this start, else the latest full run (another
     * instance's, an earlier start's, or one the demo's queueing joined: {@code startFull} joins a full run
     * still queued, whoever queued it, e.g. the classification module after the city's bulk load). A
     * latest full run that failed, or none at all, is queued again; a run of this start that fails fails
     * the step.
     */
    @Override
    public void awaitFinished() throws InterruptedException {
        long started = System.nanoTime();
        long runId = queued != null ? queued : latestFullRun().filter(r -> r.status() != RunStatus.FAILED)
                .map(RunProgress::id).orElseGet(this::queueAgain);
        RunProgress run = await(runId);
        if (run.status() == RunStatus.FAILED) {
            throw new IllegalStateException("Demo: the full reclassification (run " + runId + ") failed: "
                    + run.error());
        }
        var distribution = ClassDistribution.of(classification.statistics(StatisticsDimension.KIND, null));
        log.info("Demo: {} entities classified by model version {} in run {} (waited {} s): {}",
                distribution.classified(), run.modelVersion(), runId,
                Duration.ofNanos(System.nanoTime() - started).toSeconds(), distribution);
        if (!distribution.plausible()) {
            log.warn("Demo: an implausible class distribution (expected at least {} % in the two lowest-risk classes,"
                            + " at most {} % in the highest, none unclassified): {}",
                    (int) (100 * ClassDistribution.MOST_LOW_RISK), (int) (100 * ClassDistribution.FEW_HIGH_RISK),
                    distribution);
        }
    }

    /** The latest full run, whoever queued it: any full run that ends after the demo's classifies the register. */
    private Optional<RunProgress> latestFullRun() {
        return runs.recent(RECENT).stream().filter(r -> r.kind() == RunKind.FULL).findFirst();
    }

    private long queueAgain() {
        long id = AsDemo.call(runs::startFull);
        log.warn("Demo: the latest full reclassification failed or there is none; queued again as run {}", id);
        return id;
    }

    /** Polls the run until it is DONE or FAILED, reporting its progress now and then. */
    private RunProgress await(long runId) throws InterruptedException {
        long reported = System.nanoTime();
        while (true) {
            RunProgress run = runs.progress(runId)
                    .orElseThrow(() -> new IllegalStateException("Demo: run " + runId + " is not found"));
            if (run.status() == RunStatus.DONE || run.status() == RunStatus.FAILED) {
                return run;
            }
            if (System.nanoTime() - reported > REPORT_EVERY.toNanos()) {
                log.info("Demo: full reclassification {}: {} % ({} of {} entities)", run.status(), run.percent(),
                        run.done(), run.total());
                reported = System.nanoTime();
            }
            Thread.sleep(POLL.toMillis());
        }
    }
}
