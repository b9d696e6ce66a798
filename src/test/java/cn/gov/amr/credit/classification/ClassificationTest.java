package cn.gov.amr.credit.classification;

import cn.gov.amr.credit.ingestion.IngestionTestData;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static cn.gov.amr.credit.lists.ListsTestData.entity;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The classification on the running platform: continuous reclassification of an entity when a department's
 * penalty arrives, models refused or saved as drafts, a what-if, activation, a full run with progress.
 */
class ClassificationTest extends PlatformIntegrationTest {

    private TestHttp admin() {
        return http().basic("admin", ADMIN_PASSWORD);
    }

    private JsonNode awaitRisk(TestHttp admin, String code, java.util.function.Predicate<JsonNode> until, Duration within) {
        Instant deadline = Instant.now().plus(within);
        JsonNode risk = null;
        do {
            var response = admin.get("/api/v1/entities/" + code + "/risk");
            if (response.statusCode() == 200) {
                risk = Json.parse(response.body());
                if (until.test(risk)) {
                    return risk;
                }
            }
        } while (Instant.now().isBefore(deadline));
        return risk;
    }

    private static JsonNode indicator(JsonNode risk, String id) {
        return StreamSupport.stream(risk.get("explanation").spliterator(), false)
                .filter(i -> i.get("indicator").asString().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aNewPenaltyChangesTheClassWithinASecondAndTheExplanationNamesIt() {
        var admin = admin();
        String code = entity(admin, "ENTERPRISE", "PENCHENG", "2015-06-01");
        JsonNode before = awaitRisk(admin, code, r -> true, Duration.ofSeconds(5));
        assertThat(before).as("classified on registration").isNotNull();
        assertThat(indicator(before, "penalties").get("value").asInt()).isZero();

        String[] department = IngestionTestData.department(admin, "PENALTY");
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        var rows = new ArrayList<java.util.Map<String, String>>();
        for (int i = 0; i < 3; i++) {
            var row = IngestionTestData.penalty(code, "被处罚企业", "瑞市监罚〔2026〕" + code.substring(10) + "-" + i + "号");
            row.put("decisionDate", today.minusDays(30 + i).toString());
            row.put("validUntil", today.plusYears(1).toString());
            rows.add(row);
        }
        JsonNode batch = IngestionTestData.pushAndAwait(http().apiKey(department[1]), "PENALTY", rows);
        assertThat(batch.get("accepted").asInt()).as(batch.toString()).isEqualTo(3);

        JsonNode after = awaitRisk(admin, code, r -> indicator(r, "penalties").get("value").asInt() == 3, Duration.ofSeconds(1));
        assertThat(indicator(after, "penalties").get("value").asInt()).isEqualTo(3);
        assertThat(indicator(after, "penalties").get("points").asInt()).isEqualTo(30);
        assertThat(indicator(after, "penalties").get("name").asString()).isEqualTo("近3年行政处罚");
        assertThat(after.get("score").asInt()).isGreaterThanOrEqualTo(before.get("score").asInt() + 30);
        assertThat(after.get("riskClass").asString()).isNotEqualTo(before.get("riskClass").asString());
        assertThat(after.get("modelVersion").asInt()).isPositive();

        JsonNode history = Json.parse(admin.get("/api/v1/entities/" + code + "/risk/history").body()).get("items");
        assertThat(history.get(0).get("toClass").asString()).isEqualTo(after.get("riskClass").asString());
        assertThat(history.get(0).get("reason").asString()).contains("近3年行政处罚 3次 +30");

        // the full run computes the same result the continuous path stored: nothing to write, so it keeps its time
        awaitFullRun(admin);
        JsonNode again = Json.parse(admin.get("/api/v1/entities/" + code + "/risk").body());
        assertThat(again.get("explanation")).isEqualTo(after.get("explanation"));
        assertThat(again.get("riskClass").asString()).isEqualTo(after.get("riskClass").asString());
        assertThat(again.get("classifiedAt").asString()).isEqualTo(after.get("classifiedAt").asString());
    }

    @Test
    void aDepartmentKeyAndThePublicCannotReadAClass() {
        var admin = admin();
        String code = entity(admin, "ENTERPRISE", "PENCHENG", "2019-06-01");
        assertThat(awaitRisk(admin, code, r -> true, Duration.ofSeconds(5))).isNotNull();
        String[] department = IngestionTestData.department(admin, "PENALTY");
        assertThat(http().apiKey(department[1]).get("/api/v1/entities/" + code + "/risk").statusCode()).isEqualTo(403);
        assertThat(http().get("/api/v1/entities/" + code + "/risk").statusCode()).isEqualTo(401);
    }

    @Test
    void anInvalidModelIsRefusedWithEveryProblem() {
        var admin = admin();
        ObjectNode model = activeDefinition(admin);
        ((ObjectNode) model.get("classes").get(2)).put("minScore", 5);
        ((ObjectNode) model.get("overrides").get(0).get("when").get(0)).put("indicator", "noSuchIndicator");
        var response = admin.postJson("/api/v1/classification/models", model.toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode problem = Json.parse(response.body());
        assertThat(problem.get("code").asString()).isEqualTo("CLASSIFICATION_MODEL_INVALID");
        var codes = new ArrayList<String>();
        problem.get("errors").forEach(e -> codes.add(e.get("code").asString()));
        assertThat(codes).contains("THRESHOLDS_OUT_OF_ORDER", "UNKNOWN_INDICATOR");
    }

    @Test
    void aWhatIfComparesADraftWithTheCurrentClassesWithoutChangingThem() {
        var admin = admin();
        awaitFullRun(admin);
        ObjectNode model = activeDefinition(admin);
        model.put("name", "all A unless forced");
        for (int i = 1; i < model.get("classes").size(); i++) {
            ((ObjectNode) model.get("classes").get(i)).put("minScore", 100_000 * i);
        }
        var saved = admin.postJson("/api/v1/classification/models", model.toString());
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
        long id = Json.parse(saved.body()).get("id").asLong();
        assertThat(Json.parse(saved.body()).get("version").asInt()).isPositive();
        long classifiedBefore = jdbc.sql("select count(*) from classification.results where risk_class = 'B'")
                .query(Long.class).single();

        var response = admin.postJson("/api/v1/classification/models/" + id + "/what-if", "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode report = Json.parse(response.body());
        long entities = jdbc.sql("select count(*) from registry.entities").query(Long.class).single();
        assertThat(sum(report.get("distribution"))).isEqualTo(entities);
        assertThat(sum(report.get("current"))).isEqualTo(entities);
        assertThat(report.get("distribution").get("B").asLong()).isZero();
        long movedFromB = report.get("moves").has("B") ? report.get("moves").get("B").get("A").asLong(0) : 0;
        assertThat(movedFromB).isEqualTo(report.get("current").get("B").asLong());
        if (movedFromB > 0) {
            JsonNode mover = report.get("sample").get(0);
            assertThat(mover.get("proposed").get("riskClass").asString()).isNotEqualTo(mover.get("current").get("riskClass").asString());
            assertThat(mover.get("proposed").get("explanation")).isNotEmpty();
        }
        assertThat(jdbc.sql("select count(*) from classification.results where risk_class = 'B'").query(Long.class).single())
                .as("a what-if changes no class").isEqualTo(classifiedBefore);
        assertThat(Json.parse(admin.get("/api/v1/classification/models/" + id).body()).get("status").asString())
                .isEqualTo("DRAFT");
    }

    @Test
    void activatingADraftIsAuditedRetiresTheActiveModelAndReclassifiesEveryone() {
        var admin = admin();
        ObjectNode model = activeDefinition(admin);
        long activeBefore = activeId(admin);
        model.put("name", "the same model again");
        long id = Json.parse(admin.postJson("/api/v1/classification/models", model.toString()).body()).get("id").asLong();
        var response = admin.postJson("/api/v1/classification/models/" + id + "/activate", "");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Json.parse(response.body()).get("status").asString()).isEqualTo("ACTIVE");
        assertThat(Json.parse(admin.get("/api/v1/classification/models/" + activeBefore).body()).get("status").asString())
                .isEqualTo("RETIRED");
        assertThat(admin.postJson("/api/v1/classification/models/" + id + "/activate", "").statusCode()).isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from audit.entries where action = 'CLASSIFICATION_MODEL_ACTIVATED' and target = ?")
                .param("model:" + id).query(Long.class).single()).isEqualTo(1);
        awaitFullRun(admin);
        assertThat(jdbc.sql("select count(*) from classification.results where model_id <> ?").param(id)
                .query(Long.class).single()).isZero();
    }

    @Test
    void aFullRunReportsItsProgressAndClassifiesEveryEntity() {
        var admin = admin();
        JsonNode done = awaitFullRun(admin);
        assertThat(done.get("percent").asInt()).isEqualTo(100);
        long entities = jdbc.sql("select count(*) from registry.entities").query(Long.class).single();
        assertThat(done.get("done").asLong()).isGreaterThanOrEqualTo(entities - 50);
        JsonNode statistics = Json.parse(admin.get("/api/v1/classification/statistics?by=kind").body());
        assertThat(statistics.get("classes").get(0).asString()).isEqualTo("A");
        assertThat(sum(statistics.get("totals"))).isEqualTo(
                jdbc.sql("select count(*) from classification.results").query(Long.class).single());
        assertThat(admin.get("/api/v1/classification/statistics?by=colour").statusCode()).isEqualTo(400);
    }

    private JsonNode awaitFullRun(TestHttp admin) {
        var started = admin.postJson("/api/v1/classification/runs", "");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        long id = Json.parse(started.body()).get("id").asLong();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        JsonNode run;
        do {
            run = Json.parse(admin.get("/api/v1/classification/runs/" + id).body());
        } while (!List.of("DONE", "FAILED").contains(run.get("status").asString()) && Instant.now().isBefore(deadline));
        assertThat(run.get("status").asString()).as(run.toString()).isEqualTo("DONE");
        return run;
    }

    private ObjectNode activeDefinition(TestHttp admin) {
        JsonNode models = Json.parse(admin.get("/api/v1/classification/models").body()).get("items");
        for (JsonNode m : models) {
            if (m.get("status").asString().equals("ACTIVE")) {
                return (ObjectNode) JsonMapper.builder().build().readTree(m.get("definition").toString());
            }
        }
        throw new AssertionError("no active model: " + models);
    }

    private long activeId(TestHttp admin) {
        for (JsonNode m : Json.parse(admin.get("/api/v1/classification/models").body()).get("items")) {
            if (m.get("status").asString().equals("ACTIVE")) {
                return m.get("id").asLong();
            }
        }
        throw new AssertionError("no active model");
    }

    private static long sum(JsonNode counts) {
        long sum = 0;
        for (var it = counts.properties().iterator(); it.hasNext(); ) {
            sum += it.next().getValue().asLong();
        }
        return sum;
    }
}
