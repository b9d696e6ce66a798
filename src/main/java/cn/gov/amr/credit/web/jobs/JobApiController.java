package cn.gov.amr.credit.web.jobs;


import cn.gov.amr.credit.platform.JobOutcome;
import cn.gov.amr.credit.platform.JobOverview;
import cn.gov.amr.credit.platform.JobRun;
import cn.gov.amr.credit.platform.JobRunQuery;
import cn.gov.amr.credit.platform.Jobs;
import cn.gov.amr.credit.shared.Paged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/jobs")
@PreAuthorize("hasRole('ADMIN')")
@Tag(name = "Jobs", description = "Background jobs run once across instances: next and last runs, start now (ADMIN)")
class JobApiController {

    private static final int LAST_RUNS = 5;
    private final Jobs jobs;
    private final JobStarts starts;

    JobApiController(Jobs jobs, JobStarts starts) {
        this.jobs = jobs;
        this.starts = starts;
    }

    @GetMapping
    @Operation(summary = "Every job with its schedule, next run, state and newest runs")
    Paged<JobOverview> list() {
        return Paged.whole(jobs.overview(LAST_RUNS));
    }

    @GetMapping("/runs")
    @Operation(summary = "The run history, newest first, by job and outcome")
    Paged<JobRun> runs(@RequestParam(required = false) String job, @RequestParam(required = false) JobOutcome outcome,
                 @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size) {
        return jobs.runs(new JobRunQuery(job, outcome, page, size));
    }

    @PostMapping("/{name}/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start a job now (audited); 404 for an unknown job, 409 while it is running")
    JobOverview start(@PathVariable String name) {
        starts.start(name);
        return jobs.overview(name, LAST_RUNS);
    }
}
