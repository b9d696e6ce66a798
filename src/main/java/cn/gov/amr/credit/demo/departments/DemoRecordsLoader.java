package cn.gov.amr.credit.demo.departments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.demo.DemoSettings;
import cn.gov.amr.credit.ingestion.DepartmentDraft;
import cn.gov.amr.credit.ingestion.DepartmentKind;
import cn.gov.amr.credit.ingestion.Departments;
import cn.gov.amr.credit.ingestion.Ingestion;
import cn.gov.amr.credit.platform.PlatformSettings;
import cn.gov.amr.credit.registry.Registry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code --demo}: after the synthetic city is registered, writes the demo departments' files
 * ({@link SyntheticDepartments}), registers the departments and sends every file through the same
 * pipeline as any department would (the worker processes them once the platform is up). One
 * transaction with a marker row, so it happens once per database. Acts as {@code system:demo} with
 * the ADMIN role, which the audit log records. {@code credit.ingestion.demo-records=false} skips it.
 */
@Component
@Order(200)
class DemoRecordsLoader implements ApplicationRunner {

    static final String ACTOR = "system:demo";
    /** The demo's last day: no record is dated later (the synthetic city's last registration day). */
    static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);
    private static final Logger log = LoggerFactory.getLogger(DemoRecordsLoader.class);

    private final Registry registry;
    private final DemoSettings settings;
    private final Departments departments;
    private final Ingestion ingestion;
    private final PlatformSettings platform;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final boolean enabled;

    DemoRecordsLoader(Registry registry, DemoSettings settings, Departments departments,
                      Ingestion ingestion, PlatformSettings platform, JdbcClient jdbc, TransactionTemplate transactions,
                      Clock clock) {
        this.registry = registry;
        this.settings = settings;
        this.departments = departments;
        this.ingestion = ingestion;
        this.platform = platform;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.enabled = settings.departmentFiles();
    }

    @Override
    public void run(ApplicationArguments args) {
        if (args.containsOption("demo") && enabled) {
            var previous = SecurityContextHolder.getContext().getAuthentication();
            SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                    ACTOR, null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
            try {
                loadOnce();
            } finally {
                SecurityContextHolder.getContext().setAuthentication(previous);
            }
        }
    }

    void loadOnce() {
        if (jdbc.sql("select count(*) from demo.steps where name = 'department-files'").query(Integer.class).single() > 0) {
            return;
        }
        long started = System.nanoTime();
        Path directory = platform.dataDir().resolve("demo").resolve("departments");
        DemoManifest manifest;
        try {
            Files.createDirectories(directory);
            manifest = new SyntheticDepartments(settings.seed(), registry.allIdentities(), LAST_DAY)
                    .writeTo(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DemoScaleException e) {
            log.warn("Demo: no department records for this city ({}): they are made for a city of the seed's scale;"
                    + " set credit.ingestion.demo-records=false to skip them without this warning", e.getMessage());
            return;
        }
        Integer queued = transactions.execute(status -> {
            int claimed = jdbc.sql("insert into demo.steps (name, done_at) values ('department-files', ?)"
                            + " on conflict (name) do nothing")
                    .params(Timestamp.from(clock.instant())).update();
            if (claimed == 0) {
                return 0;
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
            return files.size();
        });
        if (queued != null && queued > 0) {
            log.info("Demo: {} files of {} departments queued ({} records to accept, {} messy rows) in {} ms",
                    queued, manifest.departments().size(), manifest.acceptedRows(), manifest.messyRows(),
                    (System.nanoTime() - started) / 1_000_000);
        }
    }
}
