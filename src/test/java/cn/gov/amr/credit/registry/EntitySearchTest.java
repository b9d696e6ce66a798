package cn.gov.amr.credit.registry;

import static cn.gov.amr.credit.registry.RegistryTestData.creditCode;
import static cn.gov.amr.credit.registry.RegistryTestData.entity;
import static cn.gov.amr.credit.registry.RegistryTestData.han;
import static cn.gov.amr.credit.registry.RegistryTestData.json;
import static cn.gov.amr.credit.registry.RegistryTestData.masked;
import static cn.gov.amr.credit.registry.RegistryTestData.representative;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.TestHttp;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;

/**
 * GET /api/v1/entities: by code, registration number, a fragment of two or more characters of a
 * current or former name, or a legal representative's name; filters; pages of at most 100.
 * The entities here share a random tag no other test uses, so counts under it are exact.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntitySearchTest extends PlatformIntegrationTest {

    /** In the names of all three entities. */
    private final String tag = han(2);
    private final String currentPart = han(2);
    private final String formerPart = han(2);
    private final String representativeName = han(3);
    private final String idNumber = RegistryTestData.residentId();
    private final String registrationNumber = RegistryTestData.registrationNumber();

    private final String enterprise = creditCode('1');
    private final String individual = creditCode('2');
    private final String cooperative = creditCode('3');
    private String enterpriseName;
    private String formerName;

    private TestHttp admin() {
        return http().basic("admin", ADMIN_PASSWORD);
    }

    @BeforeAll
    void threeEntitiesWithOneTag() {
        enterpriseName = "甲" + currentPart + tag + "贸易有限公司";
        formerName = "乙" + formerPart + "商行";
        var first = entity(enterprise, enterpriseName, "ENTERPRISE", "PENCHENG");
        first.put("formerNames", List.of(formerName));
        first.put("legalRepresentative", representative(representativeName, "RESIDENT_ID", idNumber));
        first.put("registrationNumber", registrationNumber);
        create(first);

        var second = entity(individual, "丙" + tag + "个体店", "INDIVIDUAL_BUSINESS", "GUILIN");
        second.put("status", "REVOKED");
        create(second);

        create(entity(cooperative, "丁" + tag + "专业合作社", "COOPERATIVE", "GUILIN"));
    }

    private void create(Map<String, Object> body) {
        var response = admin().postJson("/api/v1/entities", json(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private JsonNode search(String query) {
        var response = admin().get("/api/v1/entities?" + query);
        assertThat(response.statusCode()).as(query + ": " + response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    private static String q(String text) {
        return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static List<String> codes(JsonNode page) {
        var codes = new ArrayList<String>();
        page.get("items").forEach(item -> codes.add(item.get("code").asString()));
        return codes;
    }

    @Test
    void aTwoCharacterFragmentOfTheCurrentNameFindsTheEntity() {
        var page = search(q(currentPart));
        assertThat(codes(page)).containsExactly(enterprise);
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(page.get("totalCapped").asBoolean()).isFalse();
    }

    @Test
    void aTwoCharacterFragmentOfAFormerNameFindsTheEntity() {
        assertThat(codes(search(q(formerPart)))).containsExactly(enterprise);
        assertThat(codes(search(q(formerPart + "商行")))).containsExactly(enterprise);
    }

    @Test
    void aFragmentSpanningTwoNamesFindsNothing() {
        String acrossNames = enterpriseName.substring(enterpriseName.length() - 1) + formerName.charAt(0);
        assertThat(codes(search(q(acrossNames)))).doesNotContain(enterprise);
    }

    @Test
    void theFullCodeFindsExactlyItsEntityInAnyCaseOrWidth() {
        var page = search(q(enterprise));
        assertThat(codes(page)).containsExactly(enterprise);
        assertThat(page.get("total").asLong()).isEqualTo(1);
        assertThat(codes(search(q(" " + enterprise.toLowerCase() + " ")))).containsExactly(enterprise);
    }

    @Test
    void theRegistrationNumberFindsTheEntity() {
        assertThat(codes(search(q(registrationNumber)))).containsExactly(enterprise);
    }

    @Test
    void theLegalRepresentativesNameFindsTheEntity() {
        var page = search(q(representativeName));
        assertThat(codes(page)).containsExactly(enterprise);
        var item = page.get("items").get(0);
        assertThat(item.get("legalRepresentative").get("name").asString()).isEqualTo(representativeName);
        assertThat(item.get("legalRepresentative").get("idNumber").asString()).isEqualTo(masked(idNumber));
    }

    @Test
    void resultsShowTheIdNumberMasked() {
        var response = admin().get("/api/v1/entities?" + q(tag));
        assertThat(response.body()).doesNotContain(idNumber).contains(masked(idNumber));
    }

    @Test
    void filtersNarrowTheResultByKindStatusAndJurisdiction() {
        assertThat(codes(search(q(tag)))).containsExactlyInAnyOrder(enterprise, individual, cooperative);
        assertThat(search(q(tag)).get("total").asLong()).isEqualTo(3);
        assertThat(codes(search(q(tag) + "&kind=INDIVIDUAL_BUSINESS"))).containsExactly(individual);
        assertThat(codes(search(q(tag) + "&kind=COOPERATIVE"))).containsExactly(cooperative);
        assertThat(codes(search(q(tag) + "&status=REVOKED"))).containsExactly(individual);
        assertThat(codes(search(q(tag) + "&status=ACTIVE"))).containsExactlyInAnyOrder(enterprise, cooperative);
        assertThat(codes(search(q(tag) + "&jurisdiction=GUILIN"))).containsExactlyInAnyOrder(individual, cooperative);
        assertThat(codes(search(q(tag) + "&jurisdiction=GUILIN&status=ACTIVE"))).containsExactly(cooperative);
        var none = search(q(tag) + "&jurisdiction=MATOU");
        assertThat(codes(none)).isEmpty();
        assertThat(none.get("total").asLong()).isZero();
    }

    @Test
    void filtersWithoutQueryFindByKind() {
        var page = search("kind=COOPERATIVE&jurisdiction=GUILIN&size=100");
        page.get("items").forEach(item -> {
            assertThat(item.get("kind").asString()).isEqualTo("COOPERATIVE");
            assertThat(item.get("jurisdiction").asString()).isEqualTo("GUILIN");
        });
        assertThat(page.get("total").asLong()).isPositive();
    }

    @Test
    void pagesCountFromOneAndDoNotOverlap() {
        var first = search(q(tag) + "&size=2&page=1");
        var second = search(q(tag) + "&size=2&page=2");
        var third = search(q(tag) + "&size=2&page=3");
        assertThat(first.get("items").size()).isEqualTo(2);
        assertThat(second.get("items").size()).isEqualTo(1);
        assertThat(third.get("items").size()).isZero();
        assertThat(first.get("total").asLong()).isEqualTo(3);
        assertThat(second.get("total").asLong()).isEqualTo(3);
        var all = new HashSet<String>(codes(first));
        all.addAll(codes(second));
        assertThat(all).containsExactlyInAnyOrder(enterprise, individual, cooperative);
    }

    @Test
    void aPageSizeOver100Is400() {
        var response = admin().get("/api/v1/entities?size=101");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var problem = Json.parse(response.body());
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("size");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("100");
        assertThat(search("size=100").get("items").size()).isLessThanOrEqualTo(100);
    }

    @Test
    void pageZeroIs400() {
        var response = admin().get("/api/v1/entities?page=0");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.parse(response.body()).get("errors").get(0).get("field").asString()).isEqualTo("page");
    }

    @Test
    void aOneCharacterQueryIs400() {
        for (String one : List.of(tag.substring(0, 1), "A", " 华 ")) {
            var response = admin().get("/api/v1/entities?" + q(one));
            assertThat(response.statusCode()).as(one).isEqualTo(400);
            var problem = Json.parse(response.body());
            assertThat(problem.get("code").asString()).isEqualTo("QUERY_TOO_SHORT");
            assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("q");
            assertThat(problem.get("errors").get(0).get("message").asString()).isEqualTo("请至少输入两个字。");
        }
    }

    @Test
    void anUnknownKindIs400() {
        var response = admin().get("/api/v1/entities?kind=COMPANY");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Json.parse(response.body()).get("errors").get(0).get("field").asString()).isEqualTo("kind");
    }

    @Test
    void aRenamedEntityIsFoundByItsNewNameOnly() {
        String code = creditCode();
        String oldPart = han(2);
        String newPart = han(2);
        create(entity(code, "戊" + oldPart + "公司", "ENTERPRISE", null));
        assertThat(codes(search(q(oldPart)))).containsExactly(code);
        var change = admin().putJson("/api/v1/entities/" + code, json(entity(code, "戊" + newPart + "公司",
                "ENTERPRISE", null)));
        assertThat(change.statusCode()).as(change.body()).isEqualTo(200);
        assertThat(codes(search(q(newPart)))).containsExactly(code);
        assertThat(codes(search(q(oldPart)))).isEmpty();
    }
}
