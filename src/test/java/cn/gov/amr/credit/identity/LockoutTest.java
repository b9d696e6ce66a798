package cn.gov.amr.credit.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.UUID;

import cn.gov.amr.credit.identity.infrastructure.SignInAddresses;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Five wrong passwords in a row from one address lock the account for that address only. */
class LockoutTest extends PlatformIntegrationTest {

    private static final String PASSWORD = "Right-Password-7";

    @Autowired
    UserAccounts accounts;

    @Autowired
    SignInAddresses addresses;

    private String newUser() {
        String name = "lock-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.create(new NewUser(name, "Lockout test", PASSWORD, EnumSet.of(Role.REVIEWER), null, null));
        return name;
    }

    private TestHttp from(String address) {
        return http().header("X-Forwarded-For", address);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForThatAddressOnly() {
        String user = newUser();
        for (int i = 1; i <= 4; i++) {
            var response = from("10.1.1.1").basic(user, "wrong-" + i).get("/api/v1/me");
            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(Json.parse(response.body()).get("code").asString()).isEqualTo("BAD_CREDENTIALS");
        }
        var fifth = from("10.1.1.1").basic(user, "wrong-5").get("/api/v1/me");
        assertThat(Json.parse(fifth.body()).get("code").asString()).isEqualTo("ACCOUNT_LOCKED");

        var rightPasswordSameAddress = from("10.1.1.1").basic(user, PASSWORD).get("/api/v1/me");
        assertThat(rightPasswordSameAddress.statusCode()).isEqualTo(401);
        assertThat(Json.parse(rightPasswordSameAddress.body()).get("code").asString()).isEqualTo("ACCOUNT_LOCKED");

        assertThat(from("10.2.2.2").basic(user, PASSWORD).get("/api/v1/me").statusCode()).isEqualTo(200);

        long lockouts = jdbc.sql("select count(*) from audit.entries where action = 'ACCOUNT_LOCKED' and target = ?"
                + " and client_address = '10.1.1.1'").param(user).query(Long.class).single();
        assertThat(lockouts).isEqualTo(1);
        // failures are audited as one summary per address and window (SignInThrottleTest), not one by one
        var pending = addresses.pendingSummary("10.1.1.1").orElseThrow();
        assertThat(pending.failures()).isEqualTo(6);
        assertThat(pending.userNames()).containsExactly(user);
    }

    @Test
    void theFormSignInIsLockedTooAndSaysSo() {
        String user = newUser();
        var client = from("10.3.3.3");
        for (int i = 1; i <= 4; i++) {
            var response = client.signIn(user, "wrong");
            assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login?error");
        }
        assertThat(client.signIn(user, "wrong").headers().firstValue("Location").orElse("")).endsWith("/login?locked");
        assertThat(client.signIn(user, PASSWORD).headers().firstValue("Location").orElse("")).endsWith("/login?locked");
        assertThat(from("10.4.4.4").signIn(user, PASSWORD).headers().firstValue("Location").orElse(""))
                .endsWith("/workbench");
    }

    @Test
    void aSuccessfulSignInResetsTheCount() {
        String user = newUser();
        for (int i = 0; i < 4; i++) {
            from("10.5.5.5").basic(user, "wrong").get("/api/v1/me");
        }
        assertThat(from("10.5.5.5").basic(user, PASSWORD).get("/api/v1/me").statusCode()).isEqualTo(200);
        for (int i = 0; i < 4; i++) {
            from("10.5.5.5").basic(user, "wrong").get("/api/v1/me");
        }
        assertThat(from("10.5.5.5").basic(user, PASSWORD).get("/api/v1/me").statusCode()).isEqualTo(200);
    }

    @Test
    void theLockEndsAfterItsDuration() {
        String user = newUser();
        for (int i = 0; i < 5; i++) {
            from("10.6.6.6").basic(user, "wrong").get("/api/v1/me");
        }
        assertThat(from("10.6.6.6").basic(user, PASSWORD).get("/api/v1/me").statusCode()).isEqualTo(401);
        jdbc.sql("update identity.sign_in_failures set locked_until = now() - interval '1 second' where username = ?")
                .param(user).update();
        assertThat(from("10.6.6.6").basic(user, PASSWORD).get("/api/v1/me").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminPasswordResetLiftsTheLock() {
        String user = newUser();
        for (int i = 0; i < 5; i++) {
            from("10.7.7.7").basic(user, "wrong").get("/api/v1/me");
        }
        var reset = http().basic("admin", ADMIN_PASSWORD)
                .putJson("/api/v1/users/" + user + "/password", "{\"password\":\"Another-Password-8\"}");
        assertThat(reset.statusCode()).isEqualTo(204);
        assertThat(from("10.7.7.7").basic(user, "Another-Password-8").get("/api/v1/me").statusCode()).isEqualTo(200);
    }
}
