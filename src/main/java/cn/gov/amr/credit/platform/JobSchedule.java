package cn.gov.amr.credit.platform;

import java.time.Duration;
import java.util.Objects;

import org.springframework.scheduling.support.CronExpression;

/**
 * When a {@link ScheduledJob} runs: at the times of a cron expression in legal time
 * (Asia/Shanghai), or again a fixed delay after the last run finished.
 */
public sealed interface JobSchedule {

    /**
     * A Spring cron expression of six fields (second minute hour day month weekday), read in
     * Asia/Shanghai, e.g. {@code 0 5 0 * * *} for 00:05 every day.
     *
     * @throws IllegalArgumentException if the expression is not valid
     */
    static JobSchedule cron(String expression) {
        return new Cron(expression);
    }

    /** Again {@code delay} after the last run finished; the first run {@code firstAfter} after start-up. */
    static JobSchedule every(Duration delay, Duration firstAfter) {
        return new Every(delay, firstAfter);
    }

    /** Legal-time cron schedule. */
    record Cron(String expression) implements JobSchedule {
        public Cron {
            CronExpression.parse(Objects.requireNonNull(expression, "expression"));
        }

        @Override
        public String toString() {
            return "cron " + expression;
        }
    }

    /** Fixed delay between the end of one run and the start of the next. */
    record Every(Duration delay, Duration firstAfter) implements JobSchedule {
        public Every {
            if (delay == null || delay.isNegative() || delay.isZero()) {
                throw new IllegalArgumentException("delay must be positive: " + delay);
            }
            firstAfter = firstAfter == null || firstAfter.isNegative() ? Duration.ZERO : firstAfter;
        }

        @Override
        public String toString() {
            return "every " + delay;
        }
    }
}
