package cn.gov.amr.credit.ingestion;

import static cn.gov.amr.credit.ingestion.IngestionTestData.awaitBatch;
import static cn.gov.amr.credit.ingestion.IngestionTestData.penalty;
import static cn.gov.amr.credit.ingestion.IngestionTestData.upload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.registry.RegistryTestData;
import cn.gov.amr.credit.support.Fixtures;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * What the ingestion API refuses at once, as problem details with a machine code and a Chinese
 * title and detail: kinds a department may not send, files that are not readable tables, missing
 * columns, empty and oversized files, oversized and malformed pushes, missing or foreign credentials.
 */
class IngestApiRefusalsTest extends PlatformIntegrationTest {

    private static final String HAN = "(?s).*\\p{IsHan}.*";

    @Autowired
    UserAccounts accounts;

    private TestHttp admin() {
        return http().basic("admin", ADMIN_PASSWORD);
    }

    private TestHttp officer() {
        return http().basic(Fixtures.user(accounts, Role.OFFICER), Fixtures.PASSWORD);
    }

    /** Asserts a problem document with {@code status} and {@code code}, Chinese title and detail; returns it. */
    private static JsonNode problem(HttpResponse<String> response, int status, String code) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).as(response.body())
                .startsWith("application/problem+json");
        JsonNode problem = Json.parse(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("code").asString()).isEqualTo(code);
        assertThat(problem.get("title").asString()).as(response.body()).matches(HAN);
        assertThat(problem.get("detail").asString()).as("detail of " + code + ": " + response.body()).matches(HAN)
                .doesNotContain(code);
        return problem;
    }

    private static byte[] licenceCsv() {
        String text = "行政相对人名称,统一社会信用代码,行政许可决定文书号,许可决定日期,许可机关\r\n"
                + "瑞昌" + RegistryTestData.han(4) + "有限公司," + RegistryTestData.creditCode('1') + ",瑞市监许〔2023〕"
                + RegistryTestData.han(2) + "1号,2023-04-18,瑞昌市市场监督管理局\r\n";
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aKindTheDepartmentMayNotSendIsRefusedForFilesAndPushes() {
        String[] department = IngestionTestData.department(admin(), "LICENCE");
        var client = http().apiKey(department[1]);
        var file = problem(upload(client, "PENALTY", null, "p.csv", licenceCsv()), 403, "KIND_NOT_ALLOWED");
        assertThat(file.get("detail").asString()).as("the kind by its name").contains("行政处罚")
                .doesNotContain("PENALTY");
        var push = problem(client.postJson("/api/v1/ingest/records?kind=INSPECTION", "[{}]"), 403, "KIND_NOT_ALLOWED");
        assertThat(push.get("detail").asString()).contains("抽查检查结果").doesNotContain("INSPECTION");
        long batches = jdbc.sql("select count(*) from ingestion.batches where department_id = ?")
                .param(Long.parseLong(department[0])).query(Long.class).single();
        assertThat(batches).as("nothing queued").isZero();
    }

    @Test
    void filesThatAreNotReadableTablesAre422() {
        String[] department = IngestionTestData.department(admin(), "LICENCE");
        var client = http().apiKey(department[1]);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 0, 0, 0, 1,
                0, 0, 0, 1, 8, 6, 0, 0, 0};
        problem(upload(client, "LICENCE", null, "photo.png", png), 422, "FILE_NOT_TABULAR");
        byte[] xls = new byte[4096];
        System.arraycopy(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, 0, xls, 0, 8);
        problem(upload(client, "LICENCE", null, "old.xls", xls), 422, "FILE_XLS_NOT_SUPPORTED");
        byte[] brokenZip = "PK\u0003\u0004 this is not a workbook at all".getBytes(StandardCharsets.ISO_8859_1);
        problem(upload(client, "LICENCE", null, "broken.xlsx", brokenZip), 422, "XLSX_MALFORMED");
        problem(upload(client, "LICENCE", null, "empty.csv", new byte[0]), 422, "FILE_EMPTY");
        problem(upload(client, "LICENCE", null, "blank.csv", "\r\n\r\n".getBytes(StandardCharsets.UTF_8)), 422,
                "FILE_EMPTY");
        long batches = jdbc.sql("select count(*) from ingestion.batches where department_id = ?")
                .param(Long.parseLong(department[0])).query(Long.class).single();
        assertThat(batches).as("nothing queued").isZero();
    }

    @Test
    void aCsvLackingRequiredColumnsIs422NamingTheMissingLabels() {
        String[] department = IngestionTestData.department(admin(), "LICENCE");
        byte[] file = ("行政相对人名称,统一社会信用代码,行政许可决定文书号\r\n瑞昌某某有限公司," + RegistryTestData.creditCode('1')
                + ",瑞市监许〔2023〕1号\r\n").getBytes(StandardCharsets.UTF_8);
        var problem = problem(upload(http().apiKey(department[1]), "LICENCE", null, "l.csv", file), 422,
                "COLUMNS_MISSING");
        assertThat(problem.get("detail").asString()).contains("许可决定日期").contains("许可机关")
                .doesNotContain("行政相对人名称").doesNotContain("行政许可决定文书号");
    }

    @Test
    void aFileOver50MegabytesIs413() {
        String[] department = IngestionTestData.department(admin(), "LICENCE");
        byte[] big = new byte[51 * 1024 * 1024];
        byte[] start = licenceCsv();
        System.arraycopy(start, 0, big, 0, start.length);
        java.util.Arrays.fill(big, start.length, big.length, (byte) 'a');
        HttpResponse<String> response;
        try {
            response = upload(http().apiKey(department[1]), "LICENCE", null, "big.csv", big);
        } catch (UncheckedIOException e) {
            fail("the connection was reset instead of answering 413: " + e.getCause());
            return;
        }
        problem(response, 413, "FILE_TOO_LARGE");
    }

    @Test
    void aPushOfMoreThan10000RecordsIs413() {
        String[] department = IngestionTestData.department(admin(), "PENALTY");
        var body = new StringBuilder("[");
        for (int i = 0; i < 10_001; i++) {
            body.append(i == 0 ? "" : ",").append("{\"partyName\":\"x\"}");
        }
        body.append(']');
        var problem = problem(http().apiKey(department[1]).postJson("/api/v1/ingest/records?kind=PENALTY",
                body.toString()), 413, "TOO_MANY_RECORDS");
        assertThat(problem.get("detail").asString()).matches("(?s).*10,?000.*");
    }

    @Test
    void aPushThatIsNotAJsonArrayOfObjectsIs400() {
        String[] department = IngestionTestData.department(admin(), "PENALTY");
        var client = http().apiKey(department[1]);
        String record = RegistryTestData.json(penalty(RegistryTestData.creditCode('1'), "某公司", "1号"));
        problem(client.postJson("/api/v1/ingest/records?kind=PENALTY", record), 400, "PUSH_NOT_ARRAY");
        problem(client.postJson("/api/v1/ingest/records?kind=PENALTY", "[" + record), 400, "MALFORMED_JSON");
        problem(client.postJson("/api/v1/ingest/records?kind=PENALTY", "[]"), 400, "PUSH_EMPTY");
        var notObject = problem(client.postJson("/api/v1/ingest/records?kind=PENALTY", "[" + record + ",7]"), 400,
                "INVALID_BODY");
        assertThat(notObject.get("errors").get(0).get("field").asString()).isEqualTo("$[1]");
        var nested = problem(client.postJson("/api/v1/ingest/records?kind=PENALTY",
                "[{\"partyName\":{\"zh\":\"某公司\"}}]"), 400, "INVALID_BODY");
        assertThat(nested.get("errors").get(0).get("field").asString()).isEqualTo("$[0].partyName");
    }

    @Test
    void withoutCredentialsOrWithAnUnknownKeyTheApiIs401() {
        problem(http().postJson("/api/v1/ingest/records?kind=PENALTY", "[{}]"), 401, "AUTHENTICATION_REQUIRED");
        problem(upload(http(), "LICENCE", null, "l.csv", licenceCsv()), 401, "AUTHENTICATION_REQUIRED");
        problem(http().get("/api/v1/ingest/batches"), 401, "AUTHENTICATION_REQUIRED");
        problem(http().apiKey("csk_not-a-key-anybody-was-given").postJson("/api/v1/ingest/records?kind=PENALTY",
                "[{}]"), 401, "API_KEY_INVALID");
    }

    @Test
    void aDepartmentKeyNeitherReadsNorSendsForAnotherDepartment() {
        var admin = admin();
        String[] ours = IngestionTestData.department(admin, "LICENCE");
        String[] theirs = IngestionTestData.department(admin, "LICENCE");
        var response = upload(http().apiKey(theirs[1]), "LICENCE", null, "l.csv", licenceCsv());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        long id = Json.parse(response.body()).get("id").asLong();
        awaitBatch(http().apiKey(theirs[1]), id);

        var client = http().apiKey(ours[1]);
        problem(client.get("/api/v1/ingest/batches/" + id), 403, "BATCH_OF_ANOTHER_DEPARTMENT");
        problem(client.get("/api/v1/ingest/batches/" + id + "/errors"), 403, "BATCH_OF_ANOTHER_DEPARTMENT");
        problem(upload(client, "LICENCE", "&department=" + theirs[0], "l.csv", licenceCsv()), 403,
                "BATCH_OF_ANOTHER_DEPARTMENT");
        var list = Json.parse(client.get("/api/v1/ingest/batches?size=100").body());
        list.get("items").forEach(b -> assertThat(b.get("departmentId").asLong()).isEqualTo(Long.parseLong(ours[0])));
    }

    @Test
    void anOfficerSendsOnADepartmentsBehalfOnlyNamingTheDepartment() {
        String[] department = IngestionTestData.department(admin(), "LICENCE");
        var without = problem(upload(officer(), "LICENCE", null, "l.csv", licenceCsv()), 400, "INVALID_PARAMETER");
        assertThat(without.get("errors").get(0).get("field").asString()).isEqualTo("department");
        assertThat(without.get("errors").get(0).get("code").asString()).isEqualTo("DEPARTMENT_REQUIRED");
        assertThat(without.get("errors").get(0).get("message").asString()).matches(HAN);

        var with = upload(officer(), "LICENCE", "&department=" + department[0], "l.csv", licenceCsv());
        assertThat(with.statusCode()).as(with.body()).isEqualTo(202);
        long id = Json.parse(with.body()).get("id").asLong();
        assertThat(with.headers().firstValue("Location")).contains("/api/v1/ingest/batches/" + id);
        JsonNode batch = awaitBatch(officer(), id);
        assertThat(batch.get("departmentId").asLong()).isEqualTo(Long.parseLong(department[0]));
        assertThat(batch.get("submittedBy").asString()).isEqualTo(Fixtures.user(accounts, Role.OFFICER));
        assertThat(batch.get("channel").asString()).isEqualTo("FILE");
        assertThat(batch.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(batch.get("rows").asInt()).isEqualTo(1);
        // the code is valid but nobody registered it
        assertThat(batch.get("quarantined").asInt()).isEqualTo(1);
        assertThat(batch.get("errors").get(0).get("code").asString()).isEqualTo("ENTITY_NOT_FOUND_BY_CODE");

        var missingKind = officer().postFile("/api/v1/ingest/batches?department=" + department[0], Map.of(), "l.csv",
                licenceCsv());
        assertThat(missingKind.statusCode()).as(missingKind.body()).isEqualTo(400);
        assertThat(missingKind.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var unknownKind = problem(upload(officer(), "PARKING_TICKET", "&department=" + department[0], "l.csv",
                licenceCsv()), 400, "INVALID_PARAMETER");
        assertThat(unknownKind.get("errors").get(0).get("field").asString()).isEqualTo("kind");
        assertThat(unknownKind.get("errors")).hasSize(1);
    }

    @Test
    void anUploadWithoutKindNamesTheMissingParameter() {
        String[] department = IngestionTestData.department(admin(), "LICENCE");
        var client = http().apiKey(department[1]);
        var missingKind = problem(client.postFile("/api/v1/ingest/batches", Map.of(), "l.csv", licenceCsv()), 400,
                "MISSING_PARAMETER");
        assertThat(missingKind.get("detail").asString()).contains("kind");
        assertThat(missingKind.get("errors").get(0).get("field").asString()).isEqualTo("kind");
        var pushWithoutKind = problem(client.postJson("/api/v1/ingest/records", "[]"), 400, "MISSING_PARAMETER");
        assertThat(pushWithoutKind.get("detail").asString()).contains("kind");
    }

    @Test
    void anExportOfAKindThatDoesNotGoThereNamesKindAndPlatform() {
        var refused = problem(admin().postJson("/api/v1/exports",
                "{\"destination\":\"NATIONAL\",\"kind\":\"COMPLAINT\",\"from\":\"2022-01\",\"to\":\"2022-01\"}"),
                422, "KIND_NOT_ROUTED");
        assertThat(refused.get("detail").asString()).contains("投诉举报", "国家企业信用信息公示系统")
                .doesNotContain("COMPLAINT").doesNotContain("NATIONAL");
    }
}
