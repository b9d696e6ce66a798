package cn.gov.amr.credit.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.registry.RegistryTestData;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.TestHttp;
import tools.jackson.databind.JsonNode;

/** Departments, entities and records for ingestion tests, created through the API. */
public final class IngestionTestData {

    /** A valid credit code for the deciding authority, the same in every row (so resends are identical). */
    public static final String BUREAU = RegistryTestData.creditCode('1');

    private IngestionTestData() {
    }

    /** A department registered by the admin; returns {id, apiKey}. */
    public static String[] department(TestHttp admin, String... kinds) {
        var body = new LinkedHashMap<String, Object>();
        body.put("name", "测试部门" + RegistryTestData.han(3));
        body.put("code", RegistryTestData.creditCode('1'));
        if (kinds.length > 0) {
            body.put("recordKinds", List.of(kinds));
        }
        var response = admin.postJson("/api/v1/departments", RegistryTestData.json(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode json = Json.parse(response.body());
        return new String[] {json.get("id").asString(), json.get("apiKey").asString()};
    }

    /** A registered enterprise with a legal representative; returns {code, name, representative, registrationNumber}. */
    public static String[] entity(TestHttp admin) {
        String code = RegistryTestData.creditCode('1');
        var body = RegistryTestData.fullEntity(code, "瑞昌" + RegistryTestData.han(4) + "有限公司", "PENCHENG",
                RegistryTestData.residentId());
        var response = admin.postJson("/api/v1/entities", RegistryTestData.json(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        @SuppressWarnings("unchecked")
        var rep = (Map<String, Object>) body.get("legalRepresentative");
        return new String[] {code, (String) body.get("name"), (String) rep.get("name"),
                (String) body.get("registrationNumber")};
    }

    /** A complete penalty of the national format, by English field name. */
    public static Map<String, String> penalty(String code, String name, String documentNumber) {
        var row = new LinkedHashMap<String, String>();
        row.put("partyName", name);
        row.put("partyType", "法人及非法人组织");
        row.put("creditCode", code);
        row.put("documentNumber", documentNumber);
        row.put("violationType", "未按规定公示年度报告");
        row.put("facts", "当事人未按规定履行公示义务");
        row.put("basis", "《企业信息公示暂行条例》第十八条");
        row.put("penaltyCategories", "警告;罚款");
        row.put("content", "警告并处罚款5000元");
        row.put("fineAmount", "0.5");
        row.put("decisionDate", "2022-03-15");
        row.put("validUntil", "2025-03-14");
        row.put("authority", "瑞昌市市场监督管理局");
        row.put("authorityCode", BUREAU);
        row.put("sourceUnit", "瑞昌市市场监督管理局");
        row.put("sourceUnitCode", row.get("authorityCode"));
        return row;
    }

    /** Waits until the batch is COMPLETED or FAILED; returns its report. */
    public static JsonNode awaitBatch(TestHttp client, long id) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(deadline)) {
            var response = client.get("/api/v1/ingest/batches/" + id);
            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
            JsonNode batch = Json.parse(response.body());
            String status = batch.get("status").asString();
            if (status.equals("COMPLETED") || status.equals("FAILED")) {
                return batch;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("batch " + id + " did not finish");
    }

    /** A valid enterprise code whose check character is a letter (so that case and width matter). */
    public static String creditCodeWithLetter() {
        while (true) {
            String code = RegistryTestData.creditCode('1');
            if (Character.isLetter(code.charAt(17))) {
                return code;
            }
        }
    }

    /**
     * A registered enterprise with the given code, a legal representative and a registration number;
     * returns {code, name, representative, registrationNumber, representative's ID number}.
     */
    public static String[] entityWithCode(TestHttp admin, String code) {
        String idNumber = RegistryTestData.residentId();
        var body = RegistryTestData.fullEntity(code, "瑞昌" + RegistryTestData.han(4) + "有限公司", "PENCHENG", idNumber);
        var response = admin.postJson("/api/v1/entities", RegistryTestData.json(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        @SuppressWarnings("unchecked")
        var rep = (Map<String, Object>) body.get("legalRepresentative");
        return new String[] {code, (String) body.get("name"), (String) rep.get("name"),
                (String) body.get("registrationNumber"), idNumber};
    }

    /**
     * An enterprise loaded from the registration system with a code that fails only its check
     * character (kept with the review flag); returns {code, name}.
     */
    public static String[] flaggedEntity(TestHttp admin) {
        String code = RegistryTestData.withWrongCheck(RegistryTestData.creditCode('1'));
        String name = "瑞昌" + RegistryTestData.han(4) + "有限公司";
        var body = RegistryTestData.entity(code, name, "ENTERPRISE", "PENCHENG");
        var response = admin.postJson("/api/v1/entities?origin=REGISTRATION_SYSTEM", RegistryTestData.json(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        assertThat(Json.parse(response.body()).get("reviewFlag").asBoolean()).isTrue();
        return new String[] {code, name};
    }

    /** Uploads a file of {@code kind} (multipart part {@code file}); extra query text such as {@code &department=7}. */
    public static java.net.http.HttpResponse<String> upload(TestHttp client, String kind, String query, String fileName,
                                                            byte[] content) {
        return client.postFile("/api/v1/ingest/batches?kind=" + kind + (query == null ? "" : query), Map.of(), fileName,
                content);
    }

    /** Uploads a file, expects 202 and waits for the batch to finish; returns its report. */
    public static JsonNode uploadAndAwait(TestHttp client, String kind, String fileName, byte[] content) {
        var response = upload(client, kind, null, fileName, content);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return awaitBatch(client, Json.parse(response.body()).get("id").asLong());
    }

    /** Pushes records of {@code kind}, expects 202 and waits for the batch to finish; returns its report. */
    public static JsonNode pushAndAwait(TestHttp client, String kind, List<? extends Map<String, String>> rows) {
        var response = client.postJson("/api/v1/ingest/records?kind=" + kind, RegistryTestData.json(rows));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return awaitBatch(client, Json.parse(response.body()).get("id").asLong());
    }
}
