package cn.gov.amr.credit.platform.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;

/**
 * Starts the scheduler when the application is ready (after the migrations and every other bean),
 * and stops it, waiting a while for running jobs, before the web server and the database go away.
 */
class SchedulerLifecycle implements ApplicationListener<ApplicationReadyEvent>, SmartLifecycle {

    private final Scheduler scheduler;
    private volatile boolean running;

    SchedulerLifecycle(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    @Override
    public synchronized void onApplicationEvent(ApplicationReadyEvent event) {
        if (!running) {
            scheduler.start();
            running = true;
        }
    }

    /** Nothing to do here: the scheduler starts only once the application is ready. */
    @Override
    public void start() {
    }

    @Override
    public synchronized void stop() {
        if (running) {
            running = false;
            scheduler.stop();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stopped early in the shutdown (higher phases stop first), before the web server's graceful stop. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1;
    }
}
