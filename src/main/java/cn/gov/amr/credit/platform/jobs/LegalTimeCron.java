package cn.gov.amr.credit.platform.jobs;

import java.time.Instant;
import java.time.ZonedDateTime;

import cn.gov.amr.credit.shared.LegalTime;
import com.github.kagkarlsson.scheduler.task.ExecutionComplete;
import com.github.kagkarlsson.scheduler.task.schedule.Schedule;
import org.springframework.scheduling.support.CronExpression;

/**
 * A db-scheduler schedule read with Spring's own cron parser in legal time, so that an expression
 * means exactly what it meant under {@code @Scheduled(cron = …, zone = "Asia/Shanghai")}.
 */
record LegalTimeCron(String expression) implements Schedule {

    @Override
    public Instant getNextExecutionTime(ExecutionComplete complete) {
        return next(complete.getTimeDone());
    }

    @Override
    public Instant getInitialExecutionTime(Instant now) {
        return next(now);
    }

    private Instant next(Instant after) {
        ZonedDateTime next = CronExpression.parse(expression).next(after.atZone(LegalTime.ZONE));
        return next == null ? NEVER : next.toInstant();
    }

    @Override
    public boolean isDeterministic() {
        return true;
    }
}
