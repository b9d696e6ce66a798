package cn.gov.amr.credit.web.jobs;

import java.util.List;

import cn.gov.amr.credit.platform.JobOutcome;
import cn.gov.amr.credit.platform.JobOverview;
import cn.gov.amr.credit.platform.JobRun;
import cn.gov.amr.credit.platform.JobRunQuery;
import cn.gov.amr.credit.platform.Jobs;
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

    record JobList(List<JobOverview> items) {
    }

    record RunPage(List<JobRun> items, int page, int size, long total, boolean totalCapped) {
    }

    @GetMapping
    @Operation(summary = "Every job with its schedule, next run, state and newest runs")
    JobList list() {
        return new JobList(jobs.overview(LAST_RUNS));
    }

    @GetMapping("/runs")
    @Operation(summary = "The run history, newest first, by job and outcome")
    RunPage runs(@RequestParam(required = false) String job, @RequestParam(required = false) JobOutcome outcome,
                 @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size) {
        var result = jobs.runs(new JobRunQuery(job, outcome, page, size));
        return new RunPage(result.items(), result.page(), result.size(), result.total(), false);
    }

    @PostMapping("/{name}/runs")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Start a job now (audited); 404 for an unknown job, 409 while it is running")
    JobOverview start(@PathVariable String name) {
        starts.start(name);
        return jobs.overview(name, LAST_RUNS);
    }
}
