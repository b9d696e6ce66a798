package cn.gov.amr.credit.registry;

import static cn.gov.amr.credit.registry.RegistryTestData.creditCode;
import static cn.gov.amr.credit.registry.RegistryTestData.entity;
import static cn.gov.amr.credit.registry.RegistryTestData.han;
import static cn.gov.amr.credit.registry.RegistryTestData.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.TestHttp;
import org.junit.jupiter.api.Test;

/**
 * Two- and three-character searches take their total from the gram counts, which must stay exactly
 * what the entities' names say through registrations and renames.
 */
class GramCountsTest extends PlatformIntegrationTest {

    private TestHttp admin() {
        return http().basic("admin", ADMIN_PASSWORD);
    }

    private long total(String fragment) {
        var body = admin().get("/api/v1/entities?q=" + URLEncoder.encode(fragment, StandardCharsets.UTF_8)).body();
        return Json.parse(body).get("total").asLong();
    }

    @Test
    void countsFollowRegistrationsAndRenames() {
        String before = han(2);
        String after = han(2);
        String code = creditCode('1');
        assertThat(admin().postJson("/api/v1/entities", json(entity(code, "瑞昌市" + before + "测试有限公司", "ENTERPRISE",
                "PENCHENG"))).statusCode()).isEqualTo(201);
        assertThat(total(before)).isEqualTo(1);
        assertThat(total(before + "测")).isEqualTo(1);
        assertThat(total(before.substring(1) + "测试")).isEqualTo(1);

        var change = entity(code, "瑞昌市" + after + "测试有限公司", "ENTERPRISE", "PENCHENG");
        assertThat(admin().putJson("/api/v1/entities/" + code, json(change)).statusCode()).isEqualTo(200);
        assertThat(total(after)).isEqualTo(1);
        assertThat(total(before)).isZero();
        assertThat(total(before + "测")).isZero();
        assertThat(total(after + "测")).isEqualTo(1);
        assertCountsMatchTheEntities();
    }

    @Test
    void formerNamesCountToo() {
        String former = han(2);
        String code = creditCode('1');
        var created = entity(code, "瑞昌市" + han(2) + "科技有限公司", "ENTERPRISE", "GUILIN");
        created.put("formerNames", java.util.List.of("瑞昌市" + former + "商贸有限公司"));
        assertThat(admin().postJson("/api/v1/entities", json(created)).statusCode()).isEqualTo(201);
        assertThat(total(former)).isEqualTo(1);
        assertCountsMatchTheEntities();
    }

    private void assertCountsMatchTheEntities() {
        long mismatches = jdbc.sql("""
                        select count(*) from (select gram, count(*) as c from (select distinct e.code, substr(n.name, i, 3) as gram from registry.entities e, regexp_split_to_table(e.search_names, E'\\u0001') as n(name), generate_series(1, length(n.name) - 2) as i union select e.code, b from registry.entities e, unnest(e.name_bigrams) as b) grams group by gram) x
                    full join registry.name_gram_counts n on n.gram = x.gram
                        where coalesce(x.c, 0) <> coalesce(n.entities, 0)""").query(Long.class).single();
        assertThat(mismatches).isZero();
    }
}
