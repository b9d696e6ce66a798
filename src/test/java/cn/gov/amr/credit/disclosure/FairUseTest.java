package cn.gov.amr.credit.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.amr.credit.identity.ApiKeys;
import cn.gov.amr.credit.support.Fixtures;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A burst from one untrusted client meets 429 with Retry-After; trusted clients and department keys do not. */
class FairUseTest extends PlatformIntegrationTest {

    @Autowired
    ApiKeys keys;

    @Test
    void aBurstOf600PublicRequestsFromOneUntrustedClientMeets429() {
        var client = http().header("X-Forwarded-For", "203.0.113.77");
        var limited = new AtomicInteger();
        String retryAfter = null;
        String body = null;
        for (int i = 0; i < 600; i++) {
            var response = client.get("/api/v1/public/ping");
            if (response.statusCode() == 429) {
                limited.incrementAndGet();
                retryAfter = response.headers().firstValue("Retry-After").orElse(null);
                body = response.body();
            }
        }
        assertThat(limited.get()).isGreaterThan(100);
        assertThat(retryAfter).isNotNull();
        assertThat(Integer.parseInt(retryAfter)).isPositive();
        assertThat(Json.parse(body).get("code").asString()).isEqualTo("RATE_LIMITED");
        assertThat(Json.parse(body).get("detail").asString()).contains("请求过于频繁");
        // another address is not affected
        assertThat(http().header("X-Forwarded-For", "203.0.113.78").get("/api/v1/public/ping").statusCode())
                .isEqualTo(200);
    }

    @Test
    void aPercentEncodedPathIsCountedLikeThePathItMeans() {
        var client = http().header("X-Forwarded-For", "203.0.113.79");
        int limited = 0;
        int served = 0;
        for (int i = 0; i < 200; i++) {
            int status = client.get(i % 2 == 0 ? "/api/v1/%70ublic/ping" : "/%6Fpen-data").statusCode();
            limited += status == 429 ? 1 : 0;
            served += status == 200 ? 1 : 0;
        }
        assertThat(served).as("the encoded paths reach their handlers").isPositive();
        assertThat(limited).as("and are rate-limited").isGreaterThan(50);
    }

    @Test
    void aDepartmentKeyAndATrustedAddressAreExempt() {
        var withKey = http().header("X-Forwarded-For", "203.0.113.90").apiKey(Fixtures.departmentKey(keys));
        var trusted = http();
        for (int i = 0; i < 200; i++) {
            assertThat(withKey.get("/api/v1/public/ping").statusCode()).isEqualTo(200);
            assertThat(trusted.get("/api/v1/public/ping").statusCode()).isEqualTo(200);
        }
    }
}
