package cn.gov.amr.credit.web.jobs;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

import cn.gov.amr.credit.platform.FieldMessages;
import cn.gov.amr.credit.platform.JobOutcome;
import cn.gov.amr.credit.platform.JobRunQuery;
import cn.gov.amr.credit.platform.Jobs;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** ADMIN's jobs page: each job with its next and last runs, start now, and the run history with its export. */
@Controller
@RequestMapping("/workbench/jobs")
@PreAuthorize("hasRole('ADMIN')")
class JobPageController {

    private static final int LAST_RUNS = 3;
    private static final int PAGE_SIZE = 50;
    private static final int EXPORT_ROWS = 10_000;
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Jobs jobs;
    private final JobStarts starts;
    private final MessageSource messages;
    private final JobFormat format;

    JobPageController(Jobs jobs, JobStarts starts, MessageSource messages, Clock clock) {
        this.jobs = jobs;
        this.starts = starts;
        this.messages = messages;
        this.format = new JobFormat(clock);
    }

    @GetMapping
    String jobs(@RequestParam(required = false) String job, @RequestParam(required = false) JobOutcome outcome,
                @RequestParam(defaultValue = "1") int page, Model model) {
        var runs = jobs.runs(new JobRunQuery(job, outcome, page, PAGE_SIZE));
        model.addAttribute("jobs", jobs.overview(LAST_RUNS));
        model.addAttribute("names", jobs.names());
        model.addAttribute("outcomes", JobOutcome.values());
        model.addAttribute("runs", runs);
        model.addAttribute("pages", Math.max(1, (runs.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        model.addAttribute("job", job);
        model.addAttribute("outcome", outcome);
        model.addAttribute("fmt", format);
        return "jobs/jobs";
    }

    @PostMapping("/{name}/runs")
    String start(@PathVariable String name, Locale locale, RedirectAttributes redirect) {
        try {
            starts.start(name);
            redirect.addFlashAttribute("started", name);
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("error", FieldMessages.refusal(messages, refusal, locale));
        }
        return "redirect:/workbench/jobs";
    }

    @GetMapping("/runs.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) String job,
                                  @RequestParam(required = false) JobOutcome outcome, Locale locale) {
        var runs = allRuns(job, outcome);
        List<String> header = List.of("job", "slot", "started", "finished", "outcome", "duration", "instance",
                "summary", "progress").stream().map(column -> text("jobs.col." + column, locale)).toList();
        byte[] file = JobRunsWorkbook.write(header, runs, format, run -> text("jobs.outcome." + run.outcome(), locale));
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("job-runs.xlsx", StandardCharsets.UTF_8).build().toString())
                .body(file);
    }

    /** The matching runs, newest first, up to {@link #EXPORT_ROWS}, page by page. */
    private List<cn.gov.amr.credit.platform.JobRun> allRuns(String job, JobOutcome outcome) {
        var all = new java.util.ArrayList<cn.gov.amr.credit.platform.JobRun>();
        for (int page = 1; all.size() < EXPORT_ROWS; page++) {
            var items = jobs.runs(new JobRunQuery(job, outcome, page, JobRunQuery.MAX_SIZE)).items();
            all.addAll(items);
            if (items.size() < JobRunQuery.MAX_SIZE) {
                break;
            }
        }
        return all;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
