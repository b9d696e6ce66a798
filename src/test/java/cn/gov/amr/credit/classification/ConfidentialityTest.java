package cn.gov.amr.credit.classification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.gov.amr.credit.demo.DemoCityPlatform;
import cn.gov.amr.credit.disclosure.application.BulkFiles;
import cn.gov.amr.credit.disclosure.application.PublicCredit;
import cn.gov.amr.credit.identity.ApiKeys;
import cn.gov.amr.credit.identity.NewUser;
import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.registry.EntityIdentity;
import cn.gov.amr.credit.registry.Registry;
import cn.gov.amr.credit.shared.LegalTime;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.TestHttp;
import cn.gov.amr.credit.support.Zips;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Class and score are for supervision only (issue 13, point 7), over the demo city once the demo has
 * classified it: for entities of every class (C or D among them), nothing public shows a class, a score, a
 * model version or an explanation — not the public report (page, print view, API, an issued report), the
 * search (page and API), the portal's pages, the bulk files, the change feed, nor the OpenAPI description of
 * the public API. A department's key is refused an entity's risk; an officer of its jurisdiction reads it.
 */
class ConfidentialityTest {

    /** JSON keys of a classification result. */
    private static final Set<String> RISK_KEYS = Set.of("riskClass", "score", "modelVersion", "explanation");
    /** Words that would name the class on a page or in a file. */
    private static final List<String> RISK_WORDS = List.of("风险分类", "风险等级", "信用风险", "riskClass", "modelVersion",
            "risk_class", "model_version");
    private static final int PER_CLASS = 3;
    private static final int CHUNK = 1_000;

    private static Map<String, List<EntityIdentity>> sample;

    @BeforeAll
    static void sampleEntitiesOfEveryClass() {
        var entities = DemoCityPlatform.bean(Registry.class).allIdentities();
        var classification = DemoCityPlatform.bean(RiskClassification.class);
        sample = new TreeMap<>();
        for (int from = 0; from < entities.size(); from += CHUNK) {
            var chunk = entities.subList(from, Math.min(entities.size(), from + CHUNK));
            var classes = classification.classesOf(chunk.stream().map(EntityIdentity::code).toList());
            for (EntityIdentity entity : chunk) {
                String letter = classes.get(entity.code());
                if (letter != null && sample.computeIfAbsent(letter, l -> new ArrayList<>()).size() < PER_CLASS) {
                    sample.get(letter).add(entity);
                }
            }
        }
        assertThat(sample.keySet()).as("classes sampled").hasSizeGreaterThanOrEqualTo(3).containsAnyOf("C", "D");
    }

    @Test
    void noPublicPageOrApiOfAnEntityShowsItsClassOrScore() {
        var anonymous = DemoCityPlatform.http();
        var credit = DemoCityPlatform.bean(PublicCredit.class);
        var checked = 0;
        for (var entities : sample.values()) {
            for (EntityIdentity entity : entities) {
                String code = entity.code();
                String name = encode(entity.name().substring(0, Math.min(4, entity.name().length())));
                assertConfidentialJson("report API " + code, ok(anonymous, "/api/v1/public/entities/" + code));
                assertConfidentialJson("search API " + code, ok(anonymous, "/api/v1/public/entities?q=" + code));
                assertConfidentialJson("search API by name", ok(anonymous, "/api/v1/public/entities?q=" + name));
                assertConfidentialJson("issued report " + code,
                        ok(anonymous, "/api/v1/public/reports/" + credit.issue(code).verificationCode()));
                assertConfidentialText("report page " + code, ok(anonymous, "/report/" + code));
                assertConfidentialText("print view " + code, ok(anonymous, "/report/" + code + "/print"));
                assertConfidentialText("search page " + code, ok(anonymous, "/search?q=" + code));
                assertConfidentialText("search page by name", ok(anonymous, "/search?q=" + name));
                checked++;
            }
        }
        for (String page : List.of("/", "/search", "/open-data")) {
            assertConfidentialText("portal page " + page, ok(anonymous, page));
        }
        assertThat(checked).isGreaterThanOrEqualTo(PER_CLASS * 3);
    }

    @Test
    void neitherTheBulkFilesNorTheChangeFeedShowAClass() {
        // written through the service rather than POST /api/v1/bulk-files: 80,000 entities take longer than a
        // test request waits on a crowded machine (the endpoint is BulkFileTest's)
        var generated = DemoCityPlatform.bean(BulkFiles.class)
                .generate(LegalTime.today(DemoCityPlatform.bean(Clock.class)));
        var anonymous = DemoCityPlatform.http();
        var bulk = anonymous.getBytes(generated.url());
        assertThat(bulk.statusCode()).isEqualTo(200);
        var files = Zips.texts(bulk.body());
        assertThat(files).containsKey("entities.csv");
        files.forEach((name, text) -> {
            if (name.endsWith(".json")) {
                assertConfidentialJson("bulk file " + name, text);
            } else {
                assertConfidentialText("bulk file " + name, text);
                var columns = List.of(text.lines().findFirst().orElse("").replace("\uFEFF", "").replace("\"", "")
                        .split(","));
                assertThat(columns).as("columns of %s", name).doesNotContainAnyElementsOf(RISK_KEYS)
                        .noneMatch(column -> column.toLowerCase().contains("risk"));
            }
        });
        int pages = 0;
        var seen = new HashSet<String>();
        String cursor = "";
        while (true) {
            String body = ok(anonymous, "/api/v1/public/changes?size=1000&since=" + cursor);
            assertConfidentialJson("change feed page " + pages++, body);
            JsonNode page = Json.parse(body);
            page.get("items").forEach(item -> seen.add(item.get("entityCode").asString()));
            String next = page.get("nextCursor").asString();
            if (page.get("items").isEmpty() || next.equals(cursor)) {
                break;
            }
            cursor = next;
        }
        assertThat(seen).as("entities in the change feed").isNotEmpty();
    }

    @Test
    void theOpenApiOfThePublicApiHasNoRiskFields() {
        JsonNode doc = Json.parse(ok(DemoCityPlatform.http(), "/v3/api-docs"));
        var publicPaths = doc.get("paths").propertyNames().stream().filter(p -> p.startsWith("/api/v1/public/")).toList();
        assertThat(publicPaths).as("public operations").isNotEmpty()
                .allSatisfy(p -> assertThat(p.toLowerCase()).doesNotContain("risk", "classification"));
        reachedFrom(doc, publicPaths).forEach((name, part) -> {
            assertThat(riskProperties(part)).as("risk properties under %s", name).isEmpty();
            assertConfidentialText("OpenAPI of " + name, part.toString());
        });
        var supervision = reachedFrom(doc, List.of("/api/v1/entities/{code}/risk"));
        assertThat(supervision.values().stream().flatMap(part -> riskProperties(part).stream()))
                .as("the same walk over the supervision API finds its risk fields").contains("riskClass", "score");
    }

    /** The paths and every schema they refer to, directly or through other schemas. */
    private static Map<String, JsonNode> reachedFrom(JsonNode doc, List<String> paths) {
        var schemas = doc.get("components").get("schemas");
        var reached = new LinkedHashMap<String, JsonNode>();
        var pending = new ArrayList<JsonNode>();
        for (String path : paths) {
            reached.put(path, doc.get("paths").get(path));
            pending.add(doc.get("paths").get(path));
        }
        while (!pending.isEmpty()) {
            for (JsonNode ref : pending.remove(pending.size() - 1).findValues("$ref")) {
                String schema = ref.asString().substring(ref.asString().lastIndexOf('/') + 1);
                if (!reached.containsKey(schema) && schemas.has(schema)) {
                    reached.put(schema, schemas.get(schema));
                    pending.add(schemas.get(schema));
                }
            }
        }
        return reached;
    }

    private static List<String> riskProperties(JsonNode part) {
        return part.findValues("properties").stream().flatMap(p -> p.propertyNames().stream())
                .filter(RISK_KEYS::contains).toList();
    }

    @Test
    void aDepartmentKeyIsRefusedAnEntitysRiskAndAnOfficerReadsIt() {
        EntityIdentity entity = sample.getOrDefault("D", sample.get("C")).get(0);
        String path = "/api/v1/entities/" + entity.code() + "/risk";
        String key = DemoCityPlatform.bean(ApiKeys.class).issue("Confidentiality test department", "卫生健康委员会")
                .apiKey();
        assertThat(DemoCityPlatform.http().apiKey(key).get(path).statusCode()).as("department key").isEqualTo(403);
        assertThat(DemoCityPlatform.http().get(path).statusCode()).as("anonymous").isEqualTo(401);

        String officer = "confidentiality-officer-" + entity.jurisdiction().toLowerCase();
        String password = "Confidential-Officer-1";
        var accounts = DemoCityPlatform.bean(UserAccounts.class);
        if (accounts.findOptional(officer).isEmpty()) {
            accounts.create(new NewUser(officer, "Confidentiality officer", password, EnumSet.of(Role.OFFICER),
                    "Market supervision", entity.jurisdiction()));
        }
        var response = DemoCityPlatform.http().basic(officer, password).get(path);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        var expected = DemoCityPlatform.bean(RiskClassification.class).of(entity.code()).orElseThrow();
        JsonNode risk = Json.parse(response.body());
        assertThat(risk.get("riskClass").asString()).isEqualTo(expected.riskClass());
        assertThat(risk.get("score").asInt()).isEqualTo(expected.score());
        assertThat(risk.get("explanation").isArray()).isTrue();
        assertThatThrownBy(() -> assertConfidentialJson("supervision API", response.body()))
                .as("the check of the public surfaces finds the keys in the supervision API")
                .isInstanceOf(AssertionError.class);
    }

    private static void assertConfidentialJson(String surface, String body) {
        var keys = new TreeMap<String, Integer>();
        collectKeys(Json.parse(body), keys);
        assertThat(keys.keySet()).as("JSON keys of %s", surface).doesNotContainAnyElementsOf(RISK_KEYS);
        assertConfidentialText(surface, body);
    }

    private static void assertConfidentialText(String surface, String text) {
        for (String word : RISK_WORDS) {
            assertThat(text).as("%s shows %s", surface, word).doesNotContain(word);
        }
    }

    private static void collectKeys(JsonNode node, Map<String, Integer> keys) {
        if (node.isObject()) {
            for (String name : node.propertyNames()) {
                keys.merge(name, 1, Integer::sum);
                collectKeys(node.get(name), keys);
            }
        } else if (node.isArray()) {
            node.forEach(child -> collectKeys(child, keys));
        }
    }

    private static String ok(TestHttp client, String path) {
        var response = client.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
