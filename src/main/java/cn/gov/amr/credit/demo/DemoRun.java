package cn.gov.amr.credit.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --demo} (an argument of the application itself): once the platform has started, runs every
 * {@link DemoStep} in order in one background thread, each after the one before has finished; each
 * claims its marker in {@code demo.steps} in the transaction that does its work. A step that fails stops
 * the run (health DOWN); the next start goes on from it.
 */
@Component
class DemoRun {

    private static final Logger log = LoggerFactory.getLogger(DemoRun.class);

    private final List<DemoStep> steps;
    private final ApplicationArguments arguments;
    private final DemoProgress progress;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private volatile Thread thread;

    DemoRun(List<DemoStep> steps, ApplicationArguments arguments, DemoProgress progress, JdbcClient jdbc,
            TransactionTemplate transactions, Clock clock) {
        this.steps = steps.stream().sorted(Comparator.comparingInt(DemoStep::order)).toList();
        this.arguments = arguments;
        this.progress = progress;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        if (arguments.containsOption("demo")) {
            var started = new Thread(this::runAll, "demo-steps");
            started.setDaemon(true);
            thread = started;
            started.start();
        }
    }

    @EventListener(ContextClosedEvent.class)
    void closing() {
        var running = thread;
        if (running != null) {
            running.interrupt();
        }
    }

    void runAll() {
        long started = System.nanoTime();
        for (DemoStep step : steps) {
            progress.running(step.name());
            try {
                runStep(step);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                log.info("Demo step {} interrupted: the platform is stopping", step.name());
                progress.failed(step.name());
                return;
            } catch (RuntimeException e) {
                log.error("Demo step {} failed; the next start runs it again", step.name(), e);
                progress.failed(step.name());
                return;
            }
        }
        progress.finished();
        log.info("Demo ready: {} steps finished in {} s", steps.size(),
                Duration.ofNanos(System.nanoTime() - started).toMillis() / 1000.0);
    }

    private void runStep(DemoStep step) throws InterruptedException {
        if (!step.enabled()) {
            log.info("Demo step {} is switched off", step.name());
            return;
        }
        switch (claimAndRun(step)) {
            case RAN -> step.afterRun();
            // "Demo city already loaded at an earlier start; nothing to load": bench/lib/city.sh waits for it
            case DONE_BEFORE -> log.info("Demo {} already loaded at an earlier start; nothing to load", step.name());
            case NOTHING_TO_DO -> log.info("Demo step {}: nothing to do", step.name());
        }
        step.awaitFinished();
    }

    private enum Outcome { RAN, DONE_BEFORE, NOTHING_TO_DO }

    /** RAN: this instance did the step's work now, and its marker is committed with it. */
    private Outcome claimAndRun(DemoStep step) {
        return transactions.execute(status -> {
            int claimed = jdbc.sql("insert into demo.steps (name, done_at) values (?, ?) on conflict (name) do nothing")
                    .params(step.name(), Timestamp.from(clock.instant())).update();
            if (claimed == 0) {
                return Outcome.DONE_BEFORE;
            }
            if (!step.run()) {
                status.setRollbackOnly();
                return Outcome.NOTHING_TO_DO;
            }
            return Outcome.RAN;
        });
    }
}
