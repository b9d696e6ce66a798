package cn.gov.amr.credit.demo.lists;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;

import cn.gov.amr.credit.demo.DemoStep;
import cn.gov.amr.credit.demo.city.AsDemo;
import cn.gov.amr.credit.demo.city.DemoSettings;
import cn.gov.amr.credit.ingestion.BatchBacklog;
import cn.gov.amr.credit.ingestion.Department;
import cn.gov.amr.credit.ingestion.DepartmentKind;
import cn.gov.amr.credit.ingestion.Departments;
import cn.gov.amr.credit.ingestion.Ingestion;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.lists.AnnualReportCompliance;
import cn.gov.amr.credit.registry.Registry;
import cn.gov.amr.credit.shared.LegalTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo step "lists-reports", after the departments' files: last year's annual reports ({@link LastYearReports}),
 * which those files lack, sent as files of the bureau's registration system through the same pipeline
 * as any department's ({@code Ingestion.submitFile}); then waits until they are aggregated and every
 * module that listens has read them (ingestion's {@link BatchBacklog}), so that the lists know who filed
 * before the step "lists" decides. Made for the city of the seed's size only, like the departments' files.
 */
@Component
class LastYearReportsStep implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(LastYearReportsStep.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(30);

    private final DemoSettings settings;
    private final Registry registry;
    private final Departments departments;
    private final Ingestion ingestion;
    private final BatchBacklog backlog;
    private final AnnualReportCompliance compliance;
    private final Clock clock;

    LastYearReportsStep(DemoSettings settings, Registry registry, Departments departments, Ingestion ingestion,
                        BatchBacklog backlog, AnnualReportCompliance compliance, Clock clock) {
        this.settings = settings;
        this.registry = registry;
        this.departments = departments;
        this.ingestion = ingestion;
        this.backlog = backlog;
        this.compliance = compliance;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "lists-reports";
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public boolean enabled() {
        return settings.lists();
    }

    @Override
    public boolean run() {
        if (settings.entities() != ListsStep.SEED_CITY) {
            log.warn("Demo: no annual reports of last year for a city of {} entities: they are made for a city of {}",
                    settings.entities(), ListsStep.SEED_CITY);
            return false;
        }
        return AsDemo.call(this::sendReports);
    }

    private boolean sendReports() {
        Optional<Department> registration = departments.all().stream()
                .filter(d -> d.kind() == DepartmentKind.INTERNAL && d.maySend(RecordKind.ANNUAL_REPORT)).findFirst();
        if (registration.isEmpty()) {
            log.warn("Demo: no department of the bureau sends annual reports (the departments' files are off):"
                    + " last year's annual reports are not sent");
            return false;
        }
        long started = System.nanoTime();
        LocalDate today = LegalTime.today(clock);
        int reportYear = today.getYear() - 1;
        LocalDate deadline = compliance.deadline(reportYear);
        LocalDate lastDay = today.isAfter(deadline) ? deadline : today.minusDays(1);
        if (!lastDay.isAfter(LocalDate.of(reportYear, 12, 31))) {
            log.warn("Demo: no annual reports of {} can be filed before {}", reportYear, today);
            return false;
        }
        var reports = new LastYearReports(reportYear, registry.allIdentities(), lastDay, settings.seed());
        var files = reports.files();
        files.forEach((name, content) -> ingestion.submitFile(registration.get().id(), RecordKind.ANNUAL_REPORT, name,
                content));
        log.info("Demo: {} annual reports of {} queued in {} files in {} ms", reports.filers().size(), reportYear,
                files.size(), (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** Until no batch is queued or running and every BatchAccepted is handled. */
    @Override
    public void awaitFinished() throws InterruptedException {
        long started = System.nanoTime();
        long reported = started;
        long unfinished;
        while ((unfinished = backlog.unfinishedBatches()) > 0) {
            if (System.nanoTime() - reported > REPORT_EVERY.toNanos()) {
                log.info("Demo: {} batches still being aggregated", unfinished);
                reported = System.nanoTime();
            }
            Thread.sleep(POLL.toMillis());
        }
        log.info("Demo: last year's annual reports are aggregated (waited {} s)",
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }
}
