package cn.gov.amr.credit.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import cn.gov.amr.credit.identity.NewUser;
import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.TestHttp;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * More than 20 failed sign-ins from one address within a minute, whatever the user names, are
 * refused with 429 before any password is hashed; failures reach the audit log as one summary per
 * address and window.
 */
class SignInThrottleTest extends PlatformIntegrationTest {

    private static final String PASSWORD = "Right-Password-7";

    @Autowired
    UserAccounts accounts;

    @Autowired
    MeterRegistry meters;

    @Autowired
    SignInFailureReports reports;

    /**
     * This class fails about 130 sign-ins within a minute: forget them, so that they do not bring the
     * global ceiling (200) near for the tests after it.
     */
    @AfterEach
    void forgetTheGlobalCount() {
        jdbc.sql("delete from identity.sign_in_failure_counts").update();
    }

    private String newUser() {
        String name = "throttle-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUser(name, "Throttle test", PASSWORD, EnumSet.of(Role.REVIEWER), null, null));
        return name;
    }

    private TestHttp from(String address) {
        return http().header("X-Forwarded-For", address);
    }

    private HttpResponse<String> tryUnknownName(String address) {
        return from(address).basic("nobody-" + UUID.randomUUID(), "guess").get("/api/v1/me");
    }

    private void failTwentyTimes(String address) {
        for (int i = 0; i < 20; i++) {
            var response = tryUnknownName(address);
            assertThat(response.statusCode()).as("failure %d", i + 1).isEqualTo(401);
        }
    }

    private static void assertThrottled(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var problem = Json.parse(response.body());
        assertThat(problem.get("code").asString()).isEqualTo("SIGN_IN_THROTTLED");
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("detail").asString()).contains("登录失败次数过多").contains("秒后再试");
    }

    private long entriesFrom(String address) {
        return jdbc.sql("select count(*) from audit.entries where client_address = ?").param(address)
                .query(Long.class).single();
    }

    private double passwordChecks() {
        return meters.get(LockoutAuthenticationProvider.PASSWORD_CHECKS).counter().count();
    }

    @Test
    void theTwentyFirstFailureFromOneAddressWithDifferentUserNamesIsRefusedWith429() {
        String user = newUser();
        failTwentyTimes("10.20.1.1");

        assertThrottled(tryUnknownName("10.20.1.1"));
        var rightPasswordSameAddress = from("10.20.1.1").basic(user, PASSWORD).get("/api/v1/me");
        assertThrottled(rightPasswordSameAddress);

        assertThat(from("10.20.1.2").basic(user, PASSWORD).get("/api/v1/me").statusCode()).isEqualTo(200);
        assertThat(tryUnknownName("10.20.1.2").statusCode()).isEqualTo(401);
    }

    @Test
    void aThrottledAttemptHashesNoPassword() {
        String user = newUser();
        failTwentyTimes("10.20.2.1");
        double before = passwordChecks();
        for (int i = 0; i < 30; i++) {
            assertThat(tryUnknownName("10.20.2.1").statusCode()).isEqualTo(429);
        }
        assertThat(from("10.20.2.1").basic(user, PASSWORD).get("/api/v1/me").statusCode()).isEqualTo(429);
        assertThat(passwordChecks()).isEqualTo(before);

        assertThat(from("10.20.2.2").basic(user, PASSWORD).get("/api/v1/me").statusCode()).isEqualTo(200);
        assertThat(passwordChecks()).isEqualTo(before + 1);
    }

    @Test
    void theThrottleEndsWhenTheFailuresLeaveTheWindow() {
        String user = newUser();
        failTwentyTimes("10.20.3.1");
        assertThrottled(from("10.20.3.1").basic(user, PASSWORD).get("/api/v1/me"));

        jdbc.sql("""
                        update identity.sign_in_addresses
                        set failures = array(select t - interval '61 seconds' from unnest(failures) t)
                        where client_address = ?""")
                .param("10.20.3.1").update();

        assertThat(from("10.20.3.1").basic(user, PASSWORD).get("/api/v1/me").statusCode()).isEqualTo(200);
    }

    @Test
    void theFormSignInIsThrottledTooAndSaysHowLongToWait() {
        String user = newUser();
        var browser = from("10.20.4.1");
        for (int i = 0; i < 20; i++) {
            var response = browser.signIn("nobody-" + i, "guess");
            assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        }
        var throttled = browser.signIn(user, PASSWORD);

        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(throttled.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertThat(throttled.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(throttled.body()).contains("id=\"sign-in-throttled\"").contains("此地址登录失败次数过多")
                .contains("id=\"login-form\"");
        assertThat(from("10.20.4.2").signIn(user, PASSWORD).headers().firstValue("Location").orElse(""))
                .endsWith("/workbench");
    }

    @Test
    void aUserNameNoAccountCanHaveIsAPlainFailure() {
        var random = new java.util.Random(7);
        var name = new StringBuilder();
        while (name.length() < 20_000) {
            name.append((char) ('!' + random.nextInt(90)));
        }
        var response = from("10.20.9.1").signIn(name.toString(), "guess");
        assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login?error");
    }

    @Test
    void addressesOfOneIpv6NetworkCountTogether() {
        for (int i = 1; i <= 20; i++) {
            assertThat(tryUnknownName("2001:db8:20:5::" + Integer.toHexString(i)).statusCode()).isEqualTo(401);
        }
        assertThrottled(tryUnknownName("2001:db8:20:5::beef"));
        assertThat(tryUnknownName("2001:db8:20:6::1").statusCode()).isEqualTo(401);
    }

    @Test
    void fourHundredAttemptsWithDifferentUserNamesAddOneAuditSummary() {
        String address = "10.20.6.1";
        int refused = 0;
        for (int i = 0; i < 400; i++) {
            if (tryUnknownName(address).statusCode() == 429) {
                refused++;
            }
        }
        assertThat(refused).isEqualTo(380);
        assertThat(entriesFrom(address)).isZero();
        assertThat(jdbc.sql("select count(*) from audit.entries where action in ('SIGN_IN_FAILED', 'SIGN_IN_REFUSED_LOCKED')")
                .query(Long.class).single()).isZero();

        reports.report(Instant.now().plusSeconds(61));

        assertThat(entriesFrom(address)).isEqualTo(1);
        var details = jdbc.sql("select details from audit.entries where client_address = ? and action = 'SIGN_IN_FAILURES'")
                .param(address).query(String.class).single();
        var summary = Json.parse(details);
        assertThat(summary.get("failures").asString()).isEqualTo("20");
        assertThat(summary.get("refusedUnchecked").asString()).isEqualTo("380");
        assertThat(summary.get("userNames").asString().split(",")).hasSize(20)
                .allMatch(name -> name.matches("#[0-9a-f]{8}"));
        assertThat(details).doesNotContain("nobody-");
    }

    @Test
    void aSummaryNamesAnOfficersAccountAndTheLockoutIsStillAuditedOnItsOwn() {
        String user = newUser();
        String address = "10.20.7.1";
        for (int i = 0; i < 5; i++) {
            from(address).basic(user, "wrong").get("/api/v1/me");
        }
        assertThat(jdbc.sql("select count(*) from audit.entries where action = 'ACCOUNT_LOCKED' and target = ?")
                .param(user).query(Long.class).single()).isEqualTo(1);

        reports.report(Instant.now().plusSeconds(61));

        var details = Json.parse(jdbc.sql("""
                        select details from audit.entries
                        where client_address = ? and action = 'SIGN_IN_FAILURES' and target = ?""")
                .params(address, user).query(String.class).single());
        assertThat(details.get("failures").asString()).isEqualTo("5");
        assertThat(details.get("userNames").asString()).isEqualTo(user);
    }

    @Test
    void pastTheGlobalCeilingAnAddressThatFailedWaitsButAnOfficerSignsInFromAFreshOne() {
        String user = newUser();
        Timestamp pressure = Timestamp.from(Instant.now().plusMillis(1));
        jdbc.sql("insert into identity.sign_in_failure_counts (bucket_start, failures) values (?, 1000)")
                .param(pressure).update();
        try {
            assertThat(from("10.20.8.1").basic(user, PASSWORD).get("/api/v1/me").statusCode()).isEqualTo(200);
            assertThat(from("10.20.8.1").basic(user, PASSWORD).get("/api/v1/me").statusCode()).isEqualTo(200);

            assertThat(from("10.20.8.2").basic(user, "mistyped").get("/api/v1/me").statusCode()).isEqualTo(401);
            assertThrottled(from("10.20.8.2").basic(user, PASSWORD).get("/api/v1/me"));
        } finally {
            jdbc.sql("delete from identity.sign_in_failure_counts where bucket_start = ?").param(pressure).update();
        }
        assertThat(from("10.20.8.2").basic(user, PASSWORD).get("/api/v1/me").statusCode()).isEqualTo(200);
    }
}
