package cn.gov.amr.credit.demo.departments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;

import cn.gov.amr.credit.demo.city.DemoSettings;
import cn.gov.amr.credit.demo.DemoStep;
import cn.gov.amr.credit.demo.city.AsDemo;
import cn.gov.amr.credit.ingestion.BatchBacklog;
import cn.gov.amr.credit.ingestion.DepartmentDraft;
import cn.gov.amr.credit.ingestion.DepartmentKind;
import cn.gov.amr.credit.ingestion.Departments;
import cn.gov.amr.credit.ingestion.Ingestion;
import cn.gov.amr.credit.platform.PlatformSettings;
import cn.gov.amr.credit.registry.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Demo step "department-files", after the city: writes the demo departments' files
 * ({@link SyntheticDepartments}), registers the departments and sends every file through the same
 * pipeline as any department would, in the step's transaction; then waits until the batches are
 * aggregated (ingestion's {@link BatchBacklog}), so that later steps find the records in place. Acts as
 * {@code system:demo} with the ADMIN role, which the audit log records.
 * {@code credit.demo.department-files=false} (or {@code credit.ingestion.demo-records=false}) skips it.
 */
@Component
class DepartmentFilesStep implements DemoStep {

    /** The demo's last day: no record is dated later (the synthetic city's last registration day). */
    static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);
    private static final Logger log = LoggerFactory.getLogger(DepartmentFilesStep.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final Duration REPORT_EVERY = Duration.ofSeconds(30);

    private final Registry registry;
    private final DemoSettings settings;
    private final Departments departments;
    private final Ingestion ingestion;
    private final BatchBacklog backlog;
    private final PlatformSettings platform;

    DepartmentFilesStep(Registry registry, DemoSettings settings, Departments departments, Ingestion ingestion,
                        BatchBacklog backlog, PlatformSettings platform) {
        this.registry = registry;
        this.settings = settings;
        this.departments = departments;
        this.ingestion = ingestion;
        this.backlog = backlog;
        this.platform = platform;
    }

    @Override
    public String name() {
        return "department-files";
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public boolean enabled() {
        return settings.departmentFiles();
    }

    @Override
    public boolean run() {
        return AsDemo.call(this::sendFiles);
    }

    private boolean sendFiles() {
        long started = System.nanoTime();
        Path directory = platform.dataDir().resolve("demo").resolve("departments");
        DemoManifest manifest;
        try {
            Files.createDirectories(directory);
            manifest = new SyntheticDepartments(settings.seed(), registry.allIdentities(), LAST_DAY).writeTo(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DemoScaleException e) {
            log.warn("Demo: no department records for this city ({}): they are made for a city of the seed's scale;"
                    + " set credit.demo.department-files=false to skip them without this warning", e.getMessage());
            return false;
        }
        Map<String, Long> ids = new HashMap<>();
        for (DemoDepartment department : manifest.departments()) {
            long id = departments.findByCode(department.code()).map(d -> d.id()).orElseGet(() ->
                    departments.register(new DepartmentDraft(department.name(), department.code(),
                            DepartmentKind.valueOf(department.kind()), department.recordKinds(), Map.of()))
                            .department().id());
            ids.put(department.code(), id);
        }
        var files = manifest.files().stream().sorted(Comparator.comparing(DemoFile::fileName)).toList();
        for (DemoFile file : files) {
            try {
                ingestion.submitFile(ids.get(file.departmentCode()), file.kind(), file.fileName(),
                        Files.readAllBytes(directory.resolve(file.fileName())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        log.info("Demo: {} files of {} departments queued ({} records to accept, {} messy rows) in {} ms",
                files.size(), manifest.departments().size(), manifest.acceptedRows(), manifest.messyRows(),
                (System.nanoTime() - started) / 1_000_000);
        return true;
    }

    /** Until no batch is queued or running and every BatchAccepted is handled (this start's or an earlier one's). */
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
        log.info("Demo: the departments' files are aggregated (waited {} s)",
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }
}
