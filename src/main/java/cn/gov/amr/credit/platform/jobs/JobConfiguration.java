package cn.gov.amr.credit.platform.jobs;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;

import javax.sql.DataSource;

import cn.gov.amr.credit.platform.infrastructure.InstanceId;
import cn.gov.amr.credit.platform.ScheduledJob;
import com.github.kagkarlsson.scheduler.Scheduler;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one db-scheduler of this instance, running every {@link ScheduledJob} bean; started once the
 * application is ready (the migrations have run), stopped when it shuts down ({@link SchedulerLifecycle}).
 */
@Configuration(proxyBeanMethods = false)
class JobConfiguration {

    @Bean(destroyMethod = "")
    Scheduler jobScheduler(DataSource dataSource, ObjectProvider<ScheduledJob> jobs, JobSettings settings,
                           InstanceId instance, JobRuns runs, Clock clock) {
        List<ScheduledJob> all = jobs.orderedStream().toList();
        var names = new HashSet<String>();
        for (var job : all) {
            if (!job.name().matches("[a-z][a-z0-9-]*") || !names.add(job.name())) {
                throw new IllegalStateException("Job names must be unique, lower case with hyphens: " + job.name());
            }
        }
        return JobSchedulers.build(dataSource, JobSchedulers.TABLE, all, settings, instance.value(), runs, clock);
    }

    @Bean
    SchedulerLifecycle schedulerLifecycle(Scheduler jobScheduler) {
        return new SchedulerLifecycle(jobScheduler);
    }
}
