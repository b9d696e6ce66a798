package cn.gov.amr.credit.demo.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.amr.credit.classification.ClassChange;
import cn.gov.amr.credit.classification.ClassificationRuns;
import cn.gov.amr.credit.classification.MonthlyChanges;
import cn.gov.amr.credit.classification.RiskClassification;
import cn.gov.amr.credit.classification.RiskResult;
import cn.gov.amr.credit.classification.RiskStatistics;
import cn.gov.amr.credit.classification.RunKind;
import cn.gov.amr.credit.classification.RunProgress;
import cn.gov.amr.credit.classification.RunStatus;
import cn.gov.amr.credit.classification.StatisticsDimension;
import cn.gov.amr.credit.classification.WhatIfReport;
import cn.gov.amr.credit.demo.city.AsDemo;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The step's bookkeeping around the classification module's runs, without Spring, over an in-memory
 * stand-in of the module's API (the runs finish as the test says): which run it waits for at a start, and
 * what it does when that run failed.
 */
class ClassificationStepTest {

    private final Runs runs = new Runs();

    @Test
    void theStepQueuesAFullRunAsTheDemoAndWaitsUntilItIsDone() throws InterruptedException {
        var step = new ClassificationStep(runs, runs);
        assertThat(step.run()).isTrue();
        assertThat(runs.all).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(RunKind.FULL);
            assertThat(r.startedBy()).isEqualTo(AsDemo.ACTOR);
        });
        runs.finishAfterPolls = 1;
        step.awaitFinished();
        assertThat(runs.all.get(0).status()).isEqualTo(RunStatus.DONE);
        assertThat(runs.all).as("nothing queued again").hasSize(1);
    }

    @Test
    void aRunOfThisStartThatFailsFailsTheStepWithItsError() {
        var step = new ClassificationStep(runs, runs);
        step.run();
        runs.failWith = "out of memory";
        assertThatThrownBy(step::awaitFinished).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("out of memory");
    }

    @Test
    void atTheNextStartTheLatestFullRunFailedIsQueuedAgain() throws InterruptedException {
        runs.add(RunStatus.FAILED, AsDemo.ACTOR);
        var nextStart = new ClassificationStep(runs, runs);
        nextStart.awaitFinished();
        assertThat(runs.all).hasSize(2);
        assertThat(runs.latest().startedBy()).isEqualTo(AsDemo.ACTOR);
        assertThat(runs.latest().status()).isEqualTo(RunStatus.DONE);
    }

    @Test
    void atTheNextStartALatestFullRunDoneByAnyoneIsNotQueuedAgain() throws InterruptedException {
        runs.add(RunStatus.FAILED, AsDemo.ACTOR);
        runs.add(RunStatus.DONE, "system");
        new ClassificationStep(runs, runs).awaitFinished();
        assertThat(runs.all).hasSize(2);
    }

    @Test
    void theDemosQueueingMayJoinAFullRunQueuedByAnotherAndWaitsForIt() throws InterruptedException {
        runs.add(RunStatus.QUEUED, "system");
        runs.joinQueued = true;
        var step = new ClassificationStep(runs, runs);
        step.run();
        runs.finishAfterPolls = 1;
        step.awaitFinished();
        assertThat(runs.all).singleElement().extracting(RunProgress::status).isEqualTo(RunStatus.DONE);
    }

    @Test
    void atTheNextStartTheStepWaitsForTheDemosRunStillGoing() throws InterruptedException {
        runs.add(RunStatus.RUNNING, AsDemo.ACTOR);
        runs.finishAfterPolls = 1;
        new ClassificationStep(runs, runs).awaitFinished();
        assertThat(runs.all).singleElement().extracting(RunProgress::status).isEqualTo(RunStatus.DONE);
    }

    /** The module's runs and statistics in memory: a run finishes (or fails) once polled as often as the test says. */
    private static final class Runs implements ClassificationRuns, RiskClassification {
        final List<RunProgress> all = new ArrayList<>();
        int finishAfterPolls;
        String failWith;
        /** As the module does: a full run asked for while one is queued joins it. */
        boolean joinQueued;

        RunProgress add(RunStatus status, String by) {
            var run = new RunProgress(all.size() + 1, RunKind.FULL, status, 1, 1, 0, 10, Instant.now(), null, null, by,
                    status == RunStatus.FAILED ? "earlier failure" : null);
            all.add(run);
            return run;
        }

        RunProgress latest() {
            return all.stream().max(Comparator.comparingLong(RunProgress::id)).orElseThrow();
        }

        @Override
        public long startFull() {
            if (joinQueued) {
                var queued = all.stream().filter(r -> r.status() == RunStatus.QUEUED).findFirst();
                if (queued.isPresent()) {
                    return queued.get().id();
                }
            }
            var auth = SecurityContextHolder.getContext().getAuthentication();
            return add(RunStatus.QUEUED, auth == null ? "nobody" : auth.getName()).id();
        }

        @Override
        public long startWhatIf(long modelId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<RunProgress> progress(long runId) {
            int at = (int) runId - 1;
            var run = all.get(at);
            if (run.status() == RunStatus.QUEUED || run.status() == RunStatus.RUNNING) {
                if (failWith != null) {
                    run = with(run, RunStatus.FAILED, failWith);
                } else if (finishAfterPolls-- <= 0) {
                    run = with(run, RunStatus.DONE, null);
                }
                all.set(at, run);
            }
            return Optional.of(run);
        }

        private static RunProgress with(RunProgress r, RunStatus status, String error) {
            return new RunProgress(r.id(), r.kind(), status, r.modelId(), r.modelVersion(), r.total(), r.total(),
                    r.queuedAt(), r.queuedAt(), Instant.now(), r.startedBy(), error);
        }

        @Override
        public List<RunProgress> recent(int limit) {
            return all.stream().sorted(Comparator.comparingLong(RunProgress::id).reversed()).limit(limit).toList();
        }

        @Override
        public Optional<WhatIfReport> whatIf(long runId) {
            return Optional.empty();
        }

        @Override
        public RiskStatistics statistics(StatisticsDimension by, String jurisdiction) {
            return new RiskStatistics(by, List.of("A", "B", "C", "D"), Map.of("A", 6L, "B", 3L, "C", 1L), List.of());
        }

        @Override
        public Optional<RiskResult> of(String entityCode) {
            return Optional.empty();
        }

        @Override
        public Map<String, String> classesOf(Collection<String> entityCodes) {
            return Map.of();
        }

        @Override
        public List<ClassChange> history(String entityCode) {
            return List.of();
        }

        @Override
        public List<MonthlyChanges> changesByMonth(String jurisdiction, int months) {
            return List.of();
        }

        @Override
        public void reclassify(Collection<String> entityCodes) {
        }
    }
}
