package cn.gov.amr.credit.disclosure;

import static cn.gov.amr.credit.ingestion.IngestionTestData.penalty;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.ingestion.IngestionTestData;
import cn.gov.amr.credit.support.Fixtures;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Anyone objects to a public record; it shows "under objection" until a reviewer answers; every step audited. */
class ObjectionTest extends PlatformIntegrationTest {

    @Autowired
    UserAccounts accounts;

    @Test
    void anObjectionMarksTheRecordUntilAReviewerAnswers() {
        var admin = http().basic("admin", ADMIN_PASSWORD);
        String[] department = IngestionTestData.department(admin, "PENALTY");
        String[] entity = IngestionTestData.entity(admin);
        var row = penalty(entity[0], entity[1], "瑞市监罚〔2026〕31号");
        row.put("decisionDate", "2026-03-01");
        row.put("validUntil", "2026-03-01");
        row.put("fineAmount", "20");
        IngestionTestData.pushAndAwait(http().apiKey(department[1]), "PENALTY", List.of(row));

        String recordId = Json.parse(http().get("/api/v1/public/entities/" + entity[0]).body()).get("penalties").get(0)
                .get("id").asString();
        var raised = http().header("X-Forwarded-For", "198.51.100.31").postJson("/api/v1/public/objections", """
                {"entityCode":"%s","recordId":"%s","reason":"该处罚已于上月撤销","contact":"13800138000"}"""
                .formatted(entity[0], recordId));
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        long id = Json.parse(raised.body()).get("id").asLong();
        assertThat(raised.body()).doesNotContain("13800138000");

        JsonNode report = Json.parse(http().get("/api/v1/public/entities/" + entity[0]).body());
        assertThat(report.get("penalties").get(0).get("underObjection").asBoolean()).isTrue();
        assertThat(report.toString()).doesNotContain("13800138000");

        String reviewer = Fixtures.user(accounts, Role.REVIEWER);
        var reviewerClient = http().basic(reviewer, Fixtures.PASSWORD);
        var queue = Json.parse(reviewerClient.get("/api/v1/objections").body());
        assertThat(queue.get("items").findValuesAsString("reason")).contains("该处罚已于上月撤销");
        assertThat(http().basic(Fixtures.user(accounts, Role.OFFICER), Fixtures.PASSWORD)
                .postJson("/api/v1/objections/" + id + "/answer", "{\"decision\":\"CONFIRMED\",\"answer\":\"x\"}")
                .statusCode()).isEqualTo(403);

        var answered = reviewerClient.postJson("/api/v1/objections/" + id + "/answer",
                "{\"decision\":\"CONFIRMED\",\"answer\":\"经核查，处罚决定有效。\"}");
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(Json.parse(answered.body()).get("status").asString()).isEqualTo("CONFIRMED");
        assertThat(reviewerClient.postJson("/api/v1/objections/" + id + "/answer",
                "{\"decision\":\"REJECTED\",\"answer\":\"y\"}").statusCode()).isEqualTo(409);

        JsonNode after = Json.parse(http().get("/api/v1/public/entities/" + entity[0]).body());
        assertThat(after.get("penalties").get(0).get("underObjection").asBoolean()).isFalse();
        long audited = jdbc.sql("select count(*) from audit.entries where target = ? and action in"
                + " ('OBJECTION_RAISED', 'OBJECTION_ANSWERED')").param("objection:" + id).query(Long.class).single();
        assertThat(audited).isEqualTo(2);
        long leaked = jdbc.sql("select count(*) from audit.entries where details like '%13800138000%'")
                .query(Long.class).single();
        assertThat(leaked).isZero();
    }
}
