package cn.gov.amr.credit.web.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.audit.model.AuditQuery;
import cn.gov.amr.credit.identity.ApiKeys;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.platform.JobOutcome;
import cn.gov.amr.credit.support.CallerClients;
import cn.gov.amr.credit.support.CallerClients.Caller;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** ADMIN's jobs page and API on the running platform: listing, starting a job now (audited), history, export. */
class JobPagesTest extends PlatformIntegrationTest {

    private static final String JOB = "issued-report-retention";

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiKeys keys;

    @Autowired
    AuditLog audit;

    private CallerClients callers;

    @BeforeEach
    void callers() {
        callers = new CallerClients(this::http, accounts, keys);
    }

    @Test
    void adminSeesEveryJobWithItsScheduleAndStartsOneNowFromThePage() {
        var admin = callers.client(Caller.ADMIN, true);
        var page = admin.get("/workbench/jobs");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("后台任务", "审计链头存档", "audit-head", "issued-report-retention",
                "bulk-file", "event-retry", "cron 0 5 0 * * *", "立即运行", "运行记录");

        long before = succeeded();
        var started = admin.postForm("/workbench/jobs/" + JOB + "/runs",
                Map.of("_csrf", admin.csrfToken("/workbench/jobs")));
        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(started.headers().firstValue("Location").orElse("")).endsWith("/workbench/jobs");
        waitForFinishedRun(before);

        var after = admin.get("/workbench/jobs?job=" + JOB + "&outcome=SUCCEEDED");
        assertThat(after.body()).contains("过期信用报告清理", "成功", "deleted=");
        assertThat(after.body()).containsPattern("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}");
        var entries = audit.search(new AuditQuery("admin", JobStarts.JOB_STARTED, "job:" + JOB, null, null, 1, 10));
        assertThat(entries.total()).as("the start is audited").isGreaterThanOrEqualTo(1);

        var export = admin.getBytes("/workbench/jobs/runs.xlsx?job=" + JOB);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
        assertThat(new String(export.body(), 0, 2)).as("a zip, as xlsx files are").isEqualTo("PK");
    }

    @Test
    void theApiListsTheJobsStartsOneAndFiltersTheHistory() {
        var admin = callers.client(Caller.ADMIN, false);
        var list = Json.parse(admin.get("/api/v1/jobs").body());
        assertThat(list.get("items").findValuesAsString("name"))
                .contains("audit-head", "issued-report-retention", "bulk-file", "event-retry");

        long before = succeeded();
        var started = admin.postJson("/api/v1/jobs/" + JOB + "/runs", "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        waitForFinishedRun(before);

        var runs = Json.parse(admin.get("/api/v1/jobs/runs?job=" + JOB + "&outcome=SUCCEEDED&size=5").body());
        assertThat(runs.get("total").asLong()).isPositive();
        runs.get("items").forEach(run -> {
            assertThat(run.get("job").asString()).isEqualTo(JOB);
            assertThat(run.get("outcome").asString()).isEqualTo(JobOutcome.SUCCEEDED.name());
        });

        var unknown = admin.postJson("/api/v1/jobs/no-such-job/runs", "");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Json.parse(unknown.body()).get("code").asString()).isEqualTo("JOB_UNKNOWN");
    }

    @Test
    void anOfficerMayNeitherSeeNorStartJobs() {
        var officerPage = callers.client(Caller.OFFICER, true);
        assertThat(officerPage.get("/workbench/jobs").statusCode()).isEqualTo(403);
        assertThat(officerPage.get("/workbench").body()).doesNotContain("tile-jobs");
        var officer = callers.client(Caller.OFFICER, false);
        assertThat(officer.get("/api/v1/jobs").statusCode()).isEqualTo(403);
        assertThat(officer.postJson("/api/v1/jobs/" + JOB + "/runs", "").statusCode()).isEqualTo(403);
        assertThat(callers.client(Caller.ADMIN, true).get("/workbench").body()).contains("tile-jobs");
    }

    private long succeeded() {
        return jdbc.sql("select count(*) from platform.job_runs where job = ? and outcome = 'SUCCEEDED'")
                .param(JOB).query(Long.class).single();
    }

    private void waitForFinishedRun(long before) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            long finished = succeeded() - before;
            long running = jdbc.sql("select count(*) from platform.job_runs where job = ? and outcome = 'RUNNING'")
                    .param(JOB).query(Long.class).single();
            if (finished > 0 && running == 0) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        throw new AssertionError("no finished run of " + JOB);
    }
}
