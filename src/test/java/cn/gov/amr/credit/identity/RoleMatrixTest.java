package cn.gov.amr.credit.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import cn.gov.amr.credit.support.CallerClients;
import cn.gov.amr.credit.support.CallerClients.Caller;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every endpoint against every kind of caller: anonymous, each role with its own credentials, and a
 * department API key. An allowed caller never gets 401/403; anyone else gets 401 (API, not signed in),
 * a redirect to sign-in (pages, not signed in) or 403.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RoleMatrixTest extends PlatformIntegrationTest {


    private static final Set<Caller> ALL = EnumSet.allOf(Caller.class);
    private static final Set<Caller> SIGNED_IN = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
    private static final Set<Caller> STAFF = EnumSet.of(Caller.ADMIN, Caller.OFFICER, Caller.REVIEWER, Caller.AUDITOR);
    private static final Set<Caller> ADMIN = EnumSet.of(Caller.ADMIN);
    private static final Set<Caller> AUDIT = EnumSet.of(Caller.ADMIN, Caller.AUDITOR);
    private static final Set<Caller> STAFF_AND_DEPARTMENTS = EnumSet.complementOf(EnumSet.of(Caller.ANONYMOUS));
    private static final Set<Caller> SENDERS = EnumSet.of(Caller.ADMIN, Caller.OFFICER, Caller.DEPARTMENT);
    private static final Set<Caller> CORRECTORS = EnumSet.of(Caller.ADMIN, Caller.OFFICER);

    record Endpoint(String method, String path, String body, Set<Caller> allowed, boolean page) {
        /** Department keys are credentials of the JSON API only; elsewhere their holder is anonymous. */
        boolean acceptsApiKeys() {
            return path.startsWith("/api/");
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                api("GET", "/api/v1/public/ping", null, ALL),
                api("GET", "/api/v1/public/entities?q=914403001922038216", null, ALL),
                api("GET", "/api/v1/public/entities/914403001922038216", null, ALL),
                api("GET", "/api/v1/public/reports/AAAAAAAAAAAAAAAA", null, ALL),
                api("POST", "/api/v1/public/objections", "{}", ALL),
                api("GET", "/api/v1/public/changes?since=0&size=5", null, ALL),
                api("GET", "/api/v1/public/bulk-files", null, ALL),
                api("GET", "/api/v1/public/bulk-files/1999-01-01", null, ALL),
                api("POST", "/api/v1/bulk-files", null, EnumSet.of(Caller.ADMIN)),
                api("GET", "/api/v1/objections", null, EnumSet.of(Caller.ADMIN, Caller.REVIEWER)),
                api("POST", "/api/v1/objections/999999/answer", "{}", EnumSet.of(Caller.ADMIN, Caller.REVIEWER)),
                api("GET", "/api/v1/me", null, SIGNED_IN),
                api("GET", "/api/v1/jurisdictions", null, SIGNED_IN),
                api("GET", "/api/v1/users", null, ADMIN),
                api("POST", "/api/v1/users", "{}", ADMIN),
                api("GET", "/api/v1/users/admin", null, ADMIN),
                api("PUT", "/api/v1/users/nobody-here", "{}", ADMIN),
                api("PUT", "/api/v1/users/nobody-here/password", "{\"password\":\"x\"}", ADMIN),
                api("GET", "/api/v1/api-keys", null, ADMIN),
                api("POST", "/api/v1/api-keys", "{}", ADMIN),
                api("POST", "/api/v1/api-keys/999999/rotation", null, ADMIN),
                api("DELETE", "/api/v1/api-keys/999999", null, ADMIN),
                api("GET", "/api/v1/audit/entries", null, AUDIT),
                api("GET", "/api/v1/audit/head", null, AUDIT),
                api("GET", "/api/v1/audit/verification", null, AUDIT),
                api("GET", "/api/v1/departments", null, STAFF),
                api("POST", "/api/v1/departments", "{}", ADMIN),
                api("GET", "/api/v1/departments/999999", null, STAFF),
                api("PUT", "/api/v1/departments/999999", "{}", ADMIN),
                api("POST", "/api/v1/departments/999999/key-rotation", null, ADMIN),
                api("DELETE", "/api/v1/departments/999999/key", null, ADMIN),
                api("POST", "/api/v1/ingest/records?kind=PENALTY", "[]", SENDERS),
                api("GET", "/api/v1/ingest/batches", null, STAFF_AND_DEPARTMENTS),
                api("GET", "/api/v1/ingest/batches/999999", null, STAFF_AND_DEPARTMENTS),
                api("GET", "/api/v1/ingest/batches/999999/errors", null, STAFF_AND_DEPARTMENTS),
                api("POST", "/api/v1/ingest/batches/999999/retry", null, CORRECTORS),
                api("GET", "/api/v1/ingest/batches/999999/quarantine", null, STAFF),
                api("GET", "/api/v1/ingest/quarantine/999999", null, STAFF),
                api("POST", "/api/v1/ingest/quarantine/999999/resubmission", "{}", CORRECTORS),
                api("POST", "/api/v1/ingest/quarantine/999999/dismissal", null, CORRECTORS),
                api("GET", "/api/v1/ingest/statistics", null, STAFF),
                api("POST", "/api/v1/exports", "{}", ADMIN),
                api("GET", "/api/v1/exports", null, ADMIN),
                api("GET", "/api/v1/exports/999999/file", null, ADMIN),
                api("GET", "/api/v1/exports/counts?from=2022-01&to=2022-08", null, STAFF),
                api("GET", "/api/v1/entities/914403001922038216/credit-file", null, STAFF),
                api("GET", "/api/v1/entities/914403001922038216/credit-file/records/1/versions", null, STAFF),
                api("POST", "/api/v1/lists/abnormal", "{}", CORRECTORS),
                api("GET", "/api/v1/lists/abnormal?status=LISTED", null, STAFF),
                api("GET", "/api/v1/lists/abnormal/999999", null, STAFF),
                api("POST", "/api/v1/lists/abnormal/999999/removal", "{}", CORRECTORS),
                api("POST", "/api/v1/lists/abnormal-state", "{}", CORRECTORS),
                api("GET", "/api/v1/lists/abnormal-state", null, STAFF),
                api("GET", "/api/v1/lists/abnormal-state/999999", null, STAFF),
                api("POST", "/api/v1/lists/abnormal-state/999999/restoration", "{}", CORRECTORS),
                api("POST", "/api/v1/lists/serious-dishonest", "{}", CORRECTORS),
                api("GET", "/api/v1/lists/serious-dishonest", null, STAFF),
                api("GET", "/api/v1/lists/serious-dishonest/999999", null, STAFF),
                api("POST", "/api/v1/lists/serious-dishonest/999999/removal", "{}", CORRECTORS),
                api("POST", "/api/v1/lists/serious-dishonest/999999/early-removal", "{}", CORRECTORS),
                api("GET", "/api/v1/lists/proposals?status=OPEN", null, STAFF),
                api("POST", "/api/v1/lists/proposals", "{}", CORRECTORS),
                api("POST", "/api/v1/lists/proposals/999999/dismissal", "{}", CORRECTORS),
                api("GET", "/api/v1/lists/three-year-warnings", null, STAFF),
                api("GET", "/api/v1/lists/statistics?year=2026", null, STAFF),
                api("GET", "/api/v1/entities/914403001922038216/listings", null, STAFF),
                api("GET", "/api/v1/lists/annual-reports/2025/rates", null, STAFF),
                api("GET", "/api/v1/lists/annual-reports/2025/non-filers", null, STAFF),
                api("POST", "/api/v1/lists/annual-reports/filings", "{}", CORRECTORS),
                api("GET", "/api/v1/entities/914403001922038216/risk", null, STAFF),
                api("GET", "/api/v1/entities/914403001922038216/risk/history", null, STAFF),
                api("GET", "/api/v1/classification/models", null, STAFF),
                api("GET", "/api/v1/classification/models/999999", null, STAFF),
                api("POST", "/api/v1/classification/models", "{}", ADMIN),
                api("POST", "/api/v1/classification/models/999999/what-if", null, ADMIN),
                api("POST", "/api/v1/classification/models/999999/activate", null, ADMIN),
                api("POST", "/api/v1/classification/runs", null, ADMIN),
                api("GET", "/api/v1/classification/runs", null, STAFF),
                api("GET", "/api/v1/classification/runs/999999", null, STAFF),
                api("GET", "/api/v1/classification/runs/999999/what-if", null, STAFF),
                api("GET", "/api/v1/classification/statistics?by=kind", null, STAFF),
                api("GET", "/api/v1/classification/statistics/changes", null, STAFF),
                api("POST", "/api/v1/jobs/daily-lists/run", null, ADMIN),
                api("GET", "/api/v1/jobs", null, ADMIN),
                api("GET", "/api/v1/jobs/runs?outcome=FAILED", null, ADMIN),
                api("POST", "/api/v1/jobs/no-such-job/runs", null, ADMIN),
                api("GET", "/api/v1/calendar/2026", null, STAFF_AND_DEPARTMENTS),
                api("PUT", "/api/v1/calendar/2026", "{}", ADMIN),
                api("POST", "/api/v1/calendar/2026/notice-file", null, ADMIN),
                api("GET", "/actuator/health", null, ALL),
                api("GET", "/actuator/prometheus", null, ADMIN),
                api("GET", "/v3/api-docs", null, ALL),
                page("/", ALL),
                page("/login", ALL),
                page("/search?q=%E7%91%9E%E6%98%8C", ALL),
                page("/workbench", STAFF),
                page("/workbench/users", ADMIN),
                page("/workbench/users/admin", ADMIN),
                page("/workbench/audit", AUDIT),
                page("/workbench/jobs", ADMIN),
                page("/workbench/jobs/runs.xlsx", ADMIN),
                page("/workbench/ingestion", STAFF),
                page("/workbench/ingestion/statistics", STAFF),
                page("/workbench/ingestion/exports", ADMIN),
                page("/workbench/departments", STAFF),
                page("/workbench/objections", EnumSet.of(Caller.ADMIN, Caller.REVIEWER)),
                page("/workbench/lists", STAFF),
                page("/workbench/lists/abnormal-state?status=LISTED", STAFF),
                page("/workbench/lists/serious-dishonest", STAFF),
                page("/workbench/lists/abnormal.xlsx?year=2026", STAFF),
                page("/workbench/lists/proposals", STAFF),
                page("/workbench/lists/three-years", STAFF),
                page("/workbench/lists/annual-reports", STAFF),
                page("/workbench/lists/annual-reports/non-filers.xlsx?year=2025", STAFF),
                page("/workbench/lists/statistics", STAFF),
                page("/workbench/lists/statistics/export.xlsx", STAFF),
                page("/workbench/calendar", STAFF),
                page("/workbench/calendar/2026/days.xlsx", STAFF),
                page("/open-data", ALL));
    }

    private static Endpoint api(String method, String path, String body, Set<Caller> allowed) {
        return new Endpoint(method, path, body, allowed, false);
    }

    private static Endpoint page(String path, Set<Caller> allowed) {
        return new Endpoint("GET", path, null, allowed, true);
    }

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiKeys keys;

    private CallerClients callers;

    @BeforeAll
    void callers() {
        callers = new CallerClients(this::http, accounts, keys);
    }

    static Stream<Arguments> matrix() {
        var rows = new ArrayList<Arguments>();
        for (var endpoint : endpoints()) {
            for (var caller : Caller.values()) {
                rows.add(Arguments.of(endpoint, caller));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachEndpointAdmitsExactlyItsRoles(Endpoint endpoint, Caller caller) {
        var client = callers.client(caller, endpoint.page());
        var response = client.send(endpoint.method(), endpoint.path(), endpoint.body());
        int status = response.statusCode();
        if (endpoint.allowed().contains(caller)) {
            assertThat(status).as("%s as %s: %s", endpoint, caller, response.body()).isNotIn(401, 403);
            if (endpoint.page()) {
                assertThat(status).as("%s as %s", endpoint, caller).isEqualTo(200);
            }
        } else if (caller == Caller.ANONYMOUS || (!endpoint.acceptsApiKeys() && caller == Caller.DEPARTMENT)) {
            if (endpoint.page()) {
                assertThat(status).as("%s as %s", endpoint, caller).isEqualTo(302);
                assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
            } else {
                assertThat(status).as("%s as %s", endpoint, caller).isEqualTo(401);
            }
        } else {
            assertThat(status).as("%s as %s: %s", endpoint, caller, response.body()).isEqualTo(403);
        }
    }

}
