package cn.gov.amr.credit.disclosure;

import static cn.gov.amr.credit.ingestion.IngestionTestData.penalty;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import cn.gov.amr.credit.ingestion.IngestionTestData;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Objections cannot be used to spam reviewers or mark records at will (issue 10, defect 5): a record the
 * report does not show is refused, a repeat returns the open objection, and objections are limited per
 * client address and day and per record (5 and 10 by default); over a limit, 429 with Retry-After.
 */
class ObjectionSpamTest extends PlatformIntegrationTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Test
    void anObjectionToARecordTheReportDoesNotShowIsRefused() {
        String[] record = entityWithPenalty("瑞市监罚〔2026〕7101号");
        var person = person();

        var unknown = raise(person, record[0], "0123456789abcdef01234567", "处罚有误");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(Json.parse(unknown.body()).get("code").asString()).isEqualTo("RECORD_NOT_FOUND");

        var byDocumentNumber = person.postJson("/api/v1/public/objections", """
                {"entityCode":"%s","documentNumber":"瑞市监罚〔2026〕7101号","reason":"有误","contact":"x@example.cn"}"""
                .formatted(record[0]));
        assertThat(byDocumentNumber.statusCode()).as(byDocumentNumber.body()).isEqualTo(400);
        assertThat(byDocumentNumber.body()).contains("$.recordId");

        assertThat(person.get("/report/" + record[0] + "/objection?record=0123456789abcdef01234567").statusCode())
                .isEqualTo(404);
        JsonNode report = Json.parse(http().get("/api/v1/public/entities/" + record[0]).body());
        assertThat(report.get("penalties").get(0).get("underObjection").asBoolean()).isFalse();
        long stored = jdbc.sql("select count(*) from disclosure.objections where entity_code = ?").param(record[0])
                .query(Long.class).single();
        assertThat(stored).isZero();
    }

    @Test
    void aRepeatedObjectionReturnsTheOpenOneInsteadOfANewOne() {
        String[] record = entityWithPenalty("瑞市监罚〔2026〕7102号");
        var person = person();

        var first = raise(person, record[0], record[1], "该处罚已撤销");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        var again = raise(person, record[0], record[1], "  该处罚已撤销 ");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(Json.parse(again.body()).get("id").asLong()).isEqualTo(Json.parse(first.body()).get("id").asLong());
        assertThat(Json.parse(again.body()).get("repeated").asBoolean()).isTrue();
        var sameContactElsewhere = raise(person(), record[0], record[1], "该处罚已撤销");
        assertThat(sameContactElsewhere.statusCode()).as("same contact from another address").isEqualTo(200);

        long stored = jdbc.sql("select count(*) from disclosure.objections where entity_code = ?").param(record[0])
                .query(Long.class).single();
        assertThat(stored).isEqualTo(1);
    }

    @Test
    void objectionsFromOneAddressAreLimitedPerDay() {
        String[] record = entityWithPenalty("瑞市监罚〔2026〕7103号");
        var person = person();
        for (int i = 1; i <= 5; i++) {
            var raised = raise(person, record[0], i % 2 == 0 ? null : record[1], "异议理由第" + i + "条");
            assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        }
        var sixth = raise(person, record[0], record[1], "异议理由第6条");
        assertThat(sixth.statusCode()).as(sixth.body()).isEqualTo(429);
        assertThat(Json.parse(sixth.body()).get("code").asString()).isEqualTo("OBJECTION_LIMIT_ADDRESS");
        assertThat(Json.parse(sixth.body()).get("detail").asString()).contains("24 小时内");
        long retryAfter = Long.parseLong(sixth.headers().firstValue("Retry-After").orElseThrow());
        assertThat(retryAfter).isBetween(86_000L, 86_401L);
        assertThat(raise(person(), record[0], record[1], "异议理由第6条").statusCode())
                .as("another address").isEqualTo(201);
    }

    @Test
    void openObjectionsToOneRecordAreLimitedAcrossAddresses() {
        String[] record = entityWithPenalty("瑞市监罚〔2026〕7104号");
        for (int i = 1; i <= 10; i++) {
            var raised = raise(person(), record[0], record[1], "第" + i + "人的异议");
            assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        }
        var eleventh = raise(person(), record[0], record[1], "第11人的异议");
        assertThat(eleventh.statusCode()).as(eleventh.body()).isEqualTo(429);
        assertThat(Json.parse(eleventh.body()).get("code").asString()).isEqualTo("OBJECTION_LIMIT_RECORD");
        assertThat(eleventh.headers().firstValue("Retry-After")).isPresent();
        assertThat(raise(person(), record[0], null, "对主体整体的异议").statusCode())
                .as("the entity as a whole is counted apart").isEqualTo(201);
    }

    /** A client from an address of its own (X-Forwarded-For from the loopback address is trusted in tests). */
    private TestHttp person() {
        return http().header("X-Forwarded-For", "203.0.113." + ADDRESSES.incrementAndGet());
    }

    private static HttpResponse<String> raise(TestHttp person, String entity, String recordId, String reason) {
        String record = recordId == null ? "" : "\"recordId\":\"" + recordId + "\",";
        return person.postJson("/api/v1/public/objections", """
                {"entityCode":"%s",%s"reason":"%s","contact":"13900001111"}""".formatted(entity, record, reason));
    }

    /** An entity with one public penalty; returns {entity code, the penalty's public id}. */
    private String[] entityWithPenalty(String document) {
        var admin = http().basic("admin", ADMIN_PASSWORD);
        String[] department = IngestionTestData.department(admin, "PENALTY");
        String[] entity = IngestionTestData.entity(admin);
        var row = penalty(entity[0], entity[1], document);
        row.put("decisionDate", LocalDate.now().minusDays(5).toString());
        row.put("validUntil", LocalDate.now().plusYears(1).toString());
        row.put("fineAmount", "20");
        IngestionTestData.pushAndAwait(http().apiKey(department[1]), "PENALTY", List.of(row));
        JsonNode report = Json.parse(http().get("/api/v1/public/entities/" + entity[0]).body());
        String id = report.get("penalties").get(0).get("id").asString();
        assertThat(id).matches("[0-9a-f]{24}");
        return new String[] {entity[0], id};
    }
}
