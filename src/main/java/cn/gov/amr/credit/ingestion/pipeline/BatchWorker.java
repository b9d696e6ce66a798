package cn.gov.amr.credit.ingestion.pipeline;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import cn.gov.amr.credit.ingestion.application.IngestionSettings;
import cn.gov.amr.credit.ingestion.infrastructure.BatchStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Background workers ({@code credit.ingestion.workers} per instance): each recovers batches whose
 * worker died, then takes queued batches one at a time; several workers and instances share the
 * queue with {@code SKIP LOCKED}, one batch per department at a time, in order of arrival. Woken at
 * once when a batch is submitted; otherwise they look every {@code credit.ingestion.poll}.
 */
@Component
public class BatchWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(BatchWorker.class);

    private final BatchStore batches;
    private final BatchProcessor processor;
    private final IngestionSettings settings;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private ScheduledExecutorService executor;
    private volatile boolean running;
    /** A wake-up is already waiting for a thread: no need for another. */
    private final java.util.concurrent.atomic.AtomicBoolean waiting = new java.util.concurrent.atomic.AtomicBoolean();

    BatchWorker(BatchStore batches, BatchProcessor processor, IngestionSettings settings,
                PlatformTransactionManager transactions, Clock clock) {
        this.batches = batches;
        this.processor = processor;
        this.settings = settings;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        int workers = Math.max(1, settings.workers());
        var counter = new java.util.concurrent.atomic.AtomicInteger();
        executor = Executors.newScheduledThreadPool(workers, r -> {
            var thread = new Thread(r, "ingestion-worker-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        running = true;
        for (int i = 0; i < workers; i++) {
            executor.scheduleWithFixedDelay(this::drain, i * 50L, settings.poll().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Looks for work now (after a submission commits). */
    public void wake() {
        var current = executor;
        if (current != null && running && waiting.compareAndSet(false, true)) {
            current.execute(() -> {
                waiting.set(false);
                drain();
            });
        }
    }

    private void drain() {
        try {
            Integer recovered = transaction.execute(s -> batches.recoverInterrupted(settings.staleAfter(),
                    settings.maxAttempts(), clock.instant()));
            if (recovered != null && recovered > 0) {
                log.warn("Recovered {} interrupted batch(es)", recovered);
            }
            while (running) {
                var next = batches.claimNext(clock.instant());
                if (next.isEmpty()) {
                    return;
                }
                processor.process(next.get());
            }
        } catch (RuntimeException | Error e) {
            // an uncaught throwable would cancel this worker's schedule for good: log it and poll again
            log.error("Ingestion worker round failed", e);
        }
    }

    @Override
    public void start() {
        // started on ApplicationReadyEvent, after migrations and demo loads
    }

    @Override
    public void stop() {
        running = false;
        if (executor != null) {
            executor.shutdownNow();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
