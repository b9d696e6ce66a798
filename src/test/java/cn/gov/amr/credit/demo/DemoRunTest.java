package cn.gov.amr.credit.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.health.contributor.Status;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's steps run in order, each after the one before has finished (its waiting included), once per
 * database (their markers in demo.steps), and the demo's health says where they are.
 */
class DemoRunTest extends PlatformIntegrationTest {

    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

    private final List<String> journal = new ArrayList<>();
    private final String prefix = "test-" + UUID.randomUUID() + "-";

    @Test
    void eachStepStartsOnlyAfterTheOneBeforeHasFinishedItsWork() {
        var progress = new DemoProgress();
        run(progress, new Step("second", 20, true), new Step("first", 10, true));
        assertThat(journal).containsExactly("first:run", "first:afterRun", "first:awaited",
                "second:run", "second:afterRun", "second:awaited");
        assertThat(progress.state()).isEqualTo(DemoProgress.State.FINISHED);
        assertThat(new DemoHealth(progress).health().getStatus()).isEqualTo(Status.UP);
    }

    @Test
    void aStepRunsOncePerDatabaseButIsAwaitedAtEveryStart() {
        var step = new Step("once", 10, true);
        run(new DemoProgress(), step);
        run(new DemoProgress(), step);
        assertThat(journal).containsExactly("once:run", "once:afterRun", "once:awaited", "once:awaited");
        assertThat(markers()).isEqualTo(1);
    }

    @Test
    void aStepWithNothingToDoLeavesNoMarkerAndRunsAgainAtTheNextStart() {
        var step = new Step("nothing", 10, false);
        run(new DemoProgress(), step);
        run(new DemoProgress(), step);
        assertThat(journal).containsExactly("nothing:run", "nothing:awaited", "nothing:run", "nothing:awaited");
        assertThat(markers()).isZero();
    }

    @Test
    void aFailingStepStopsTheRunLeavesNoMarkerAndMakesTheDemoDown() {
        var progress = new DemoProgress();
        var failing = new Step("failing", 10, true) {
            @Override
            public boolean run() {
                super.run();
                throw new IllegalStateException("broken on purpose");
            }
        };
        run(progress, failing, new Step("after", 20, true));
        assertThat(journal).containsExactly("failing:run");
        assertThat(markers()).isZero();
        var health = new DemoHealth(progress).health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("step", prefix + "failing");
    }

    @Test
    void theDemoIsOutOfServiceUntilItsStepsHaveRun() {
        var progress = new DemoProgress();
        assertThat(new DemoHealth(progress).health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        progress.running("city");
        assertThat(new DemoHealth(progress).health().getDetails()).containsEntry("step", "city");
    }

    private void run(DemoProgress progress, DemoStep... steps) {
        new DemoRun(List.of(steps), new DefaultApplicationArguments("--demo"), progress, jdbc, transactions, clock)
                .runAll();
    }

    private long markers() {
        return jdbc.sql("select count(*) from demo.steps where name like ?").param(prefix + "%").query(Long.class).single();
    }

    private class Step implements DemoStep {
        private final String name;
        private final int order;
        private final boolean work;

        Step(String name, int order, boolean work) {
            this.name = name;
            this.order = order;
            this.work = work;
        }

        @Override
        public String name() {
            return prefix + name;
        }

        @Override
        public int order() {
            return order;
        }

        @Override
        public boolean run() {
            journal.add(name + ":run");
            return work;
        }

        @Override
        public void afterRun() {
            journal.add(name + ":afterRun");
        }

        @Override
        public void awaitFinished() throws InterruptedException {
            Thread.sleep(50);
            journal.add(name + ":awaited");
        }
    }
}
