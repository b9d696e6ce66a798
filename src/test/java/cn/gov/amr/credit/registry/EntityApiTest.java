package cn.gov.amr.credit.registry;

import static cn.gov.amr.credit.registry.RegistryTestData.creditCode;
import static cn.gov.amr.credit.registry.RegistryTestData.entity;
import static cn.gov.amr.credit.registry.RegistryTestData.fullEntity;
import static cn.gov.amr.credit.registry.RegistryTestData.han;
import static cn.gov.amr.credit.registry.RegistryTestData.json;
import static cn.gov.amr.credit.registry.RegistryTestData.masked;
import static cn.gov.amr.credit.registry.RegistryTestData.representative;
import static cn.gov.amr.credit.registry.RegistryTestData.residentId;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.support.Fixtures;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * POST, GET, PUT and history of /api/v1/entities: validation as problem details naming each field,
 * duplicates, jurisdictions, optimistic locking, the review flag, and the ID number masked everywhere
 * but in an audited reveal.
 */
class EntityApiTest extends PlatformIntegrationTest {

    @Autowired
    UserAccounts accounts;

    private TestHttp admin() {
        return http().basic("admin", ADMIN_PASSWORD);
    }

    private TestHttp officer() {
        return http().basic(Fixtures.user(accounts, Role.OFFICER), Fixtures.PASSWORD);
    }

    private TestHttp reviewer() {
        return http().basic(Fixtures.user(accounts, Role.REVIEWER), Fixtures.PASSWORD);
    }

    private static JsonNode created(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Json.parse(response.body());
    }

    private JsonNode createAsAdmin(Map<String, Object> body) {
        return created(admin().postJson("/api/v1/entities", json(body)));
    }

    private static JsonNode problem(HttpResponse<String> response, int status) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var problem = Json.parse(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        return problem;
    }

    private static List<String> fields(JsonNode problem) {
        var fields = new ArrayList<String>();
        if (problem.has("errors")) {
            problem.get("errors").forEach(e -> fields.add(e.get("field").asString()));
        }
        return fields;
    }

    /** The message of the first error on {@code field}. */
    private static String message(JsonNode problem, String field) {
        for (var error : problem.get("errors")) {
            if (error.get("field").asString().equals(field)) {
                return error.get("message").asString();
            }
        }
        throw new AssertionError("no error on " + field + ": " + problem);
    }

    /** The ID number as stored, "" when there is none. */
    private String storedIdNumber(String code) {
        return jdbc.sql("select coalesce(legal_rep_id_number, '') from registry.entities where code = ?").param(code)
                .query(String.class).single();
    }

    @Test
    void anAdminRegistersAnEntityAndGets201WithTheIdNumberMasked() {
        String code = creditCode();
        String id = residentId();
        String name = han(4) + "贸易有限公司";
        var body = fullEntity(code, name, "PENCHENG", id);
        var response = admin().postJson("/api/v1/entities", json(body));
        var entity = created(response);
        assertThat(response.headers().firstValue("Location")).contains("/api/v1/entities/" + code);
        assertThat(response.headers().firstValue("ETag")).contains("\"1\"");
        assertThat(response.body()).doesNotContain(id);
        assertThat(entity.get("code").asString()).isEqualTo(code);
        assertThat(entity.get("name").asString()).isEqualTo(name);
        assertThat(entity.get("kind").asString()).isEqualTo("ENTERPRISE");
        assertThat(entity.get("legalRepresentative").get("idNumber").asString()).isEqualTo(masked(id));
        assertThat(entity.get("legalRepresentative").get("idType").asString()).isEqualTo("RESIDENT_ID");
        assertThat(entity.get("registrationNumber").asString()).isEqualTo(body.get("registrationNumber"));
        assertThat(entity.get("formerNames").get(0).asString()).isEqualTo(((List<?>) body.get("formerNames")).get(0));
        assertThat(entity.get("establishedOn").asString()).isEqualTo("2015-06-01");
        assertThat(entity.get("industryCode").asString()).isEqualTo("F52");
        assertThat(entity.get("jurisdiction").asString()).isEqualTo("PENCHENG");
        assertThat(entity.get("regionCode").asString()).as("taken from the code").isEqualTo("360481");
        assertThat(entity.get("reviewFlag").asBoolean()).isFalse();
        assertThat(entity.get("version").asInt()).isEqualTo(1);
        assertThat(entity.get("createdBy").asString()).isEqualTo("admin");
        assertThat(storedIdNumber(code)).as("stored in full").isEqualTo(id);
    }

    @Test
    void onlyCodeNameAndKindAreRequired() {
        String code = creditCode('2');
        var entity = createAsAdmin(entity(code, "个体" + han(3) + "店", "INDIVIDUAL_BUSINESS", null));
        assertThat(entity.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(entity.path("legalRepresentative").isNull() || entity.path("legalRepresentative").isMissingNode())
                .isTrue();

        var problem = problem(admin().postJson("/api/v1/entities", "{}"), 400);
        assertThat(problem.get("code").asString()).isEqualTo("INVALID_ENTITY");
        assertThat(fields(problem)).contains("$.code", "$.name", "$.kind");
        assertThat(message(problem, "$.name")).isEqualTo("此项必填。");
        assertThat(message(problem, "$.code")).isEqualTo("请填写代码。");
    }

    @Test
    void invalidFieldsAreA400ProblemNamingEachFieldByItsJsonPath() {
        String id = residentId();
        String badId = RegistryTestData.residentIdWithWrongCheck(id);
        var body = entity(creditCode(), han(4) + "公司", "ENTERPRISE", "ATLANTIS");
        body.put("legalRepresentative", representative(han(3), "RESIDENT_ID", badId));
        body.put("registrationNumber", "440300000000018");
        body.put("formerNames", List.of("旧名", " "));
        body.put("registeredCapital", -5);
        body.put("establishedOn", "2999-01-01");
        body.put("regionCode", "36048");
        body.put("industryCode", "A13");
        var response = admin().postJson("/api/v1/entities", json(body));
        var problem = problem(response, 400);
        assertThat(problem.get("code").asString()).isEqualTo("INVALID_ENTITY");
        assertThat(fields(problem)).containsExactlyInAnyOrder("$.legalRepresentative.idNumber", "$.registrationNumber",
                "$.formerNames[1]", "$.registeredCapital", "$.establishedOn", "$.regionCode", "$.industryCode",
                "$.jurisdiction");
        assertThat(message(problem, "$.legalRepresentative.idNumber"))
                .isEqualTo("第18位校验码应为" + id.charAt(17) + "，实为" + badId.charAt(17) + "。");
        assertThat(message(problem, "$.registrationNumber")).isEqualTo("第15位校验码应为7，实为8。");
        assertThat(message(problem, "$.jurisdiction")).isEqualTo("辖区“ATLANTIS”不存在。");
        problem.get("errors").forEach(e -> assertThat(e.get("message").asString()).matches(".*\\p{IsHan}.*"));
        assertThat(response.body()).doesNotContain(badId);
    }

    @Test
    void aDateNotWrittenYyyyMmDdIsNamedByItsJsonPath() {
        var body = entity(creditCode(), han(4) + "公司", "ENTERPRISE", null);
        body.put("establishedOn", "2015/06/01");
        var problem = problem(admin().postJson("/api/v1/entities", json(body)), 400);
        assertThat(fields(problem)).containsExactly("$.establishedOn");
    }

    @Test
    void unknownEnumValuesAreNamedByTheirJsonPath() {
        var badType = entity(creditCode(), han(4) + "公司", "ENTERPRISE", null);
        badType.put("legalRepresentative", representative(han(3), "DRIVING_LICENCE", "X1234567"));
        assertThat(fields(problem(admin().postJson("/api/v1/entities", json(badType)), 400)))
                .containsExactly("$.legalRepresentative.idType");

        var badKind = entity(creditCode(), han(4) + "公司", "COMPANY", null);
        assertThat(fields(problem(admin().postJson("/api/v1/entities", json(badKind)), 400)))
                .containsExactly("$.kind");
    }

    @Test
    void aCodeFailingItsCheckIsRefusedNamingPosition18AndTheExpectedCharacter() {
        String valid = creditCode();
        String wrong = RegistryTestData.withWrongCheck(valid);
        var problem = problem(admin().postJson("/api/v1/entities", json(entity(wrong, han(4) + "公司", "ENTERPRISE",
                null))), 400);
        assertThat(fields(problem)).containsExactly("$.code");
        assertThat(message(problem, "$.code"))
                .isEqualTo("第18位校验码应为" + valid.charAt(17) + "，实为" + wrong.charAt(17) + "。");
        assertThat(admin().get("/api/v1/entities/" + wrong).statusCode()).isEqualTo(404);
    }

    @Test
    void aKindInconsistentWithTheCodesSecondCharacterIs400OnKind() {
        var problem = problem(admin().postJson("/api/v1/entities",
                json(entity(creditCode('2'), han(4) + "公司", "ENTERPRISE", null))), 400);
        assertThat(fields(problem)).containsExactly("$.kind");
        assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("KIND_MISMATCH");
        assertThat(problem.get("errors").get(0).get("message").asString()).contains("个体工商户");
    }

    @Test
    void aDuplicateCodeIs409EvenWrittenDifferently() {
        String code = creditCode();
        createAsAdmin(entity(code, han(4) + "公司", "ENTERPRISE", null));
        var again = problem(admin().postJson("/api/v1/entities", json(entity(code, han(4) + "公司", "ENTERPRISE",
                null))), 409);
        assertThat(again.get("code").asString()).isEqualTo("ENTITY_EXISTS");
        String fullWidth = code.chars().mapToObj(c -> String.valueOf((char) (c + 0xFEE0)))
                .reduce("", String::concat).toLowerCase();
        var variant = problem(admin().postJson("/api/v1/entities", json(entity(fullWidth, han(4) + "公司",
                "ENTERPRISE", null))), 409);
        assertThat(variant.get("code").asString()).isEqualTo("ENTITY_EXISTS");
        long versions = jdbc.sql("select count(*) from registry.entity_changes where entity_code = ?").param(code)
                .query(Long.class).single();
        assertThat(versions).isEqualTo(1);
    }

    @Test
    void anOfficerRegistersOnlyWithinItsJurisdiction() {
        String own = creditCode();
        var entity = created(officer().postJson("/api/v1/entities",
                json(entity(own, han(4) + "公司", "ENTERPRISE", "PENCHENG"))));
        assertThat(entity.get("createdBy").asString()).isEqualTo("officer-fixture");

        String other = creditCode();
        var outside = problem(officer().postJson("/api/v1/entities",
                json(entity(other, han(4) + "公司", "ENTERPRISE", "GUILIN"))), 403);
        assertThat(outside.get("code").asString()).isEqualTo("TARGET_OUTSIDE_JURISDICTION");
        assertThat(outside.get("detail").asString()).contains("湓城分局", "桂林分局").doesNotContain("GUILIN", "PENCHENG");
        var none = problem(officer().postJson("/api/v1/entities",
                json(entity(other, han(4) + "公司", "ENTERPRISE", null))), 403);
        assertThat(none.get("code").asString()).isEqualTo("TARGET_OUTSIDE_JURISDICTION");
        assertThat(none.get("detail").asString()).contains("湓城分局").doesNotContain("-", "null");
        assertThat(admin().get("/api/v1/entities/" + other).statusCode()).isEqualTo(404);
    }

    @Test
    void anOfficerChangesOnlyEntitiesOfItsJurisdictionAndCannotMoveThemOut() {
        String theirs = creditCode();
        createAsAdmin(entity(theirs, han(4) + "公司", "ENTERPRISE", "GUILIN"));
        var outside = problem(officer().putJson("/api/v1/entities/" + theirs,
                json(entity(theirs, han(4) + "公司", "ENTERPRISE", "PENCHENG"))), 403);
        assertThat(outside.get("code").asString()).isEqualTo("OUTSIDE_JURISDICTION");
        assertThat(outside.get("detail").asString()).isEqualTo("只能修改本辖区（湓城分局）的市场主体，该主体属于桂林分局。");
        assertThat(Json.parse(admin().get("/api/v1/entities/" + theirs).body()).get("jurisdiction").asString())
                .isEqualTo("GUILIN");

        String ours = creditCode();
        createAsAdmin(entity(ours, han(4) + "公司", "ENTERPRISE", "PENCHENG"));
        var move = problem(officer().putJson("/api/v1/entities/" + ours,
                json(entity(ours, han(4) + "公司", "ENTERPRISE", "GUILIN"))), 403);
        assertThat(move.get("code").asString()).isEqualTo("TARGET_OUTSIDE_JURISDICTION");
        assertThat(move.get("detail").asString()).contains("湓城分局", "桂林分局").contains("不在您的辖区内")
                .doesNotContain("该主体属于").doesNotContain("GUILIN");
        var moveInEnglish = problem(officer().putJson("/api/v1/entities/" + ours + "?lang=en",
                json(entity(ours, han(4) + "公司", "ENTERPRISE", "GUILIN"))), 403);
        assertThat(moveInEnglish.get("detail").asString()).contains("Pencheng Branch", "Guilin Branch")
                .doesNotContain("GUILIN");

        String newName = han(4) + "新公司";
        var changed = officer().putJson("/api/v1/entities/" + ours,
                json(entity(ours, newName, "ENTERPRISE", "PENCHENG")));
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Json.parse(changed.body()).get("name").asString()).isEqualTo(newName);
        assertThat(Json.parse(changed.body()).get("updatedBy").asString()).isEqualTo("officer-fixture");
    }

    @Test
    void anAdminMayLoadACodeFailingOnlyItsCheckFromTheRegistrationSystemFlaggedForReview() {
        String wrong = RegistryTestData.withWrongCheck(creditCode());
        var body = json(entity(wrong, han(4) + "公司", "ENTERPRISE", "PENCHENG"));

        assertThat(problem(admin().postJson("/api/v1/entities", body), 400).get("code").asString())
                .isEqualTo("INVALID_ENTITY");
        var byOfficer = problem(officer().postJson("/api/v1/entities?origin=REGISTRATION_SYSTEM", body), 403);
        assertThat(byOfficer.get("code").asString()).isEqualTo("REGISTRATION_ORIGIN_ADMIN_ONLY");

        var entity = created(admin().postJson("/api/v1/entities?origin=REGISTRATION_SYSTEM", body));
        assertThat(entity.get("code").asString()).isEqualTo(wrong);
        assertThat(entity.get("reviewFlag").asBoolean()).isTrue();
        var read = Json.parse(admin().get("/api/v1/entities/" + wrong).body());
        assertThat(read.get("reviewFlag").asBoolean()).isTrue();
        assertThat(read.get("reviewReason").asString()).contains("18");
    }

    @Test
    void theRegistrationSystemOriginDoesNotExcuseOtherProblemsWithTheCode() {
        String code = creditCode();
        String tooShort = code.substring(0, 17);
        var problem = problem(admin().postJson("/api/v1/entities?origin=REGISTRATION_SYSTEM",
                json(entity(tooShort, han(4) + "公司", "ENTERPRISE", null))), 400);
        assertThat(fields(problem)).containsExactly("$.code");
        String illegal = code.substring(0, 16) + "O" + code.charAt(17);
        var illegalProblem = problem(admin().postJson("/api/v1/entities?origin=REGISTRATION_SYSTEM",
                json(entity(illegal, han(4) + "公司", "ENTERPRISE", null))), 400);
        assertThat(fields(illegalProblem)).contains("$.code");
    }

    @Test
    void getGivesTheVersionAsETagAndAStaleIfMatchIs412() {
        String code = creditCode();
        createAsAdmin(entity(code, han(4) + "公司", "ENTERPRISE", "PENCHENG"));
        var read = admin().get("/api/v1/entities/" + code.toLowerCase());
        assertThat(read.statusCode()).isEqualTo(200);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("\"1\"");

        var change = admin().header("If-Match", etag).putJson("/api/v1/entities/" + code,
                json(entity(code, han(4) + "公司", "ENTERPRISE", "PENCHENG")));
        assertThat(change.statusCode()).as(change.body()).isEqualTo(200);
        assertThat(change.headers().firstValue("ETag")).contains("\"2\"");
        assertThat(Json.parse(change.body()).get("version").asInt()).isEqualTo(2);

        var stale = admin().header("If-Match", etag).putJson("/api/v1/entities/" + code,
                json(entity(code, han(4) + "公司", "ENTERPRISE", "PENCHENG")));
        var problem = problem(stale, 412);
        assertThat(problem.get("code").asString()).isEqualTo("STALE_VERSION");
        assertThat(Json.parse(admin().get("/api/v1/entities/" + code).body()).get("version").asInt()).isEqualTo(2);
    }

    @Test
    void theCodeOfAnEntityCannotBeChanged() {
        String code = creditCode();
        createAsAdmin(entity(code, han(4) + "公司", "ENTERPRISE", null));
        var problem = problem(admin().putJson("/api/v1/entities/" + code,
                json(entity(creditCode(), han(4) + "公司", "ENTERPRISE", null))), 400);
        assertThat(fields(problem)).containsExactly("$.code");
        assertThat(problem.get("errors").get(0).get("code").asString()).isEqualTo("CODE_IMMUTABLE");
    }

    @Test
    void putKeepsTheStoredIdNumberWhenAbsentOrMaskedAndReplacesItWithANewValidOne() {
        String code = creditCode();
        String id = residentId();
        var body = fullEntity(code, han(4) + "公司", "PENCHENG", id);
        createAsAdmin(body);

        body.put("legalRepresentative", representative("李四", "RESIDENT_ID", null));
        var absent = admin().putJson("/api/v1/entities/" + code, json(body));
        assertThat(absent.statusCode()).as(absent.body()).isEqualTo(200);
        assertThat(storedIdNumber(code)).isEqualTo(id);
        assertThat(Json.parse(absent.body()).get("legalRepresentative").get("name").asString()).isEqualTo("李四");

        String maskedAsRead = Json.parse(admin().get("/api/v1/entities/" + code).body())
                .get("legalRepresentative").get("idNumber").asString();
        assertThat(maskedAsRead).isEqualTo(masked(id));
        body.put("legalRepresentative", representative("李四", "RESIDENT_ID", maskedAsRead));
        assertThat(admin().putJson("/api/v1/entities/" + code, json(body)).statusCode()).isEqualTo(200);
        assertThat(storedIdNumber(code)).isEqualTo(id);

        String newId = residentId();
        body.put("legalRepresentative", representative("李四", "RESIDENT_ID", newId));
        var replaced = admin().putJson("/api/v1/entities/" + code, json(body));
        assertThat(replaced.statusCode()).isEqualTo(200);
        assertThat(replaced.body()).doesNotContain(newId).contains(masked(newId));
        assertThat(storedIdNumber(code)).isEqualTo(newId);

        body.put("legalRepresentative", representative("李四", "RESIDENT_ID",
                RegistryTestData.residentIdWithWrongCheck(newId)));
        var problem = problem(admin().putJson("/api/v1/entities/" + code, json(body)), 400);
        assertThat(fields(problem)).containsExactly("$.legalRepresentative.idNumber");
        assertThat(storedIdNumber(code)).isEqualTo(newId);
    }

    @Test
    void aMaskedIdNumberIsNoNewIdNumber() {
        String code = creditCode();
        var body = entity(code, han(4) + "公司", "ENTERPRISE", null);
        body.put("legalRepresentative", representative("王五", "RESIDENT_ID", masked(residentId())));
        var problem = problem(admin().postJson("/api/v1/entities", json(body)), 400);
        assertThat(fields(problem)).contains("$.legalRepresentative.idNumber");

        createAsAdmin(entity(code, han(4) + "公司", "ENTERPRISE", null));
        var change = problem(admin().putJson("/api/v1/entities/" + code, json(body)), 400);
        assertThat(fields(change)).contains("$.legalRepresentative.idNumber");
        assertThat(storedIdNumber(code)).isEmpty();
    }

    @Test
    void theRevealIsForAdminAndOfficerAndEachRevealIsAudited() {
        String code = creditCode();
        String id = residentId();
        createAsAdmin(fullEntity(code, han(4) + "公司", "GUILIN", id));

        var byAdmin = admin().get("/api/v1/entities/" + code + "?reveal=idNumber");
        assertThat(byAdmin.statusCode()).isEqualTo(200);
        assertThat(Json.parse(byAdmin.body()).get("legalRepresentative").get("idNumber").asString()).isEqualTo(id);
        var byOfficer = officer().get("/api/v1/entities/" + code + "?reveal=idNumber");
        assertThat(byOfficer.statusCode()).isEqualTo(200);
        assertThat(Json.parse(byOfficer.body()).get("legalRepresentative").get("idNumber").asString()).isEqualTo(id);

        assertThat(jdbc.sql("select actor from audit.entries where action = 'PERSONAL_DATA_REVEALED' and target = ?"
                + " order by seq").param(code).query(String.class).list()).containsExactly("admin", "officer-fixture");
        assertThat(jdbc.sql("select count(*) from audit.entries where target = ? and details like ?")
                .params(code, "%" + id + "%").query(Long.class).single()).as("the audit does not copy the number")
                .isZero();

        var byReviewer = problem(reviewer().get("/api/v1/entities/" + code + "?reveal=idNumber"), 403);
        assertThat(byReviewer.get("code").asString()).isEqualTo("REVEAL_NOT_ALLOWED");
        assertThat(jdbc.sql("select count(*) from audit.entries where action = 'PERSONAL_DATA_REVEALED' and target = ?")
                .param(code).query(Long.class).single()).isEqualTo(2);

        var other = problem(admin().get("/api/v1/entities/" + code + "?reveal=name"), 400);
        assertThat(fields(other)).containsExactly("reveal");
    }

    @Test
    void theFullIdNumberAppearsInNoResponseButTheReveal() {
        String code = creditCode();
        String id = residentId();
        String name = han(4) + "公司";
        var body = fullEntity(code, name, "PENCHENG", id);
        var create = admin().postJson("/api/v1/entities", json(body));
        body.put("address", "新地址" + han(3));
        var put = admin().putJson("/api/v1/entities/" + code, json(body));
        var get = admin().get("/api/v1/entities/" + code);
        var list = admin().get("/api/v1/entities?q=" + code);
        var history = admin().get("/api/v1/entities/" + code + "/history");
        for (var response : List.of(create, put, get, list, history)) {
            assertThat(response.statusCode()).as(response.uri().toString()).isIn(200, 201);
            assertThat(response.body()).as(response.uri().toString()).doesNotContain(id).contains(masked(id));
        }
        assertThat(Json.parse(list.body()).get("items").get(0).get("legalRepresentative").get("idNumber").asString())
                .isEqualTo(masked(id));
    }

    @Test
    void historyRecordsCreatedThenUpdatedWithTheChangedFieldsAndWho() {
        String code = creditCode();
        String id = residentId();
        String name = han(4) + "公司";
        var body = fullEntity(code, name, "PENCHENG", id);
        createAsAdmin(body);
        String newName = han(4) + "有限公司";
        String newId = residentId();
        body.put("name", newName);
        body.put("legalRepresentative", representative(((Map<?, ?>) body.get("legalRepresentative")).get("name")
                .toString(), "RESIDENT_ID", newId));
        var change = officer().putJson("/api/v1/entities/" + code, json(body));
        assertThat(change.statusCode()).as(change.body()).isEqualTo(200);

        var response = reviewer().get("/api/v1/entities/" + code + "/history");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain(id).doesNotContain(newId);
        var items = Json.parse(response.body()).get("items");
        assertThat(items.size()).isEqualTo(2);

        var updated = items.get(0);
        assertThat(updated.get("version").asInt()).isEqualTo(2);
        assertThat(updated.get("kind").asString()).isEqualTo("UPDATED");
        assertThat(updated.get("changedBy").asString()).isEqualTo("officer-fixture");
        assertThat(updated.get("changedAt").asString()).isNotBlank();
        var changes = new java.util.LinkedHashMap<String, JsonNode>();
        updated.get("changes").forEach(c -> changes.put(c.get("field").asString(), c));
        assertThat(changes).containsOnlyKeys("name", "legalRepresentative.idNumber");
        assertThat(changes.get("name").get("before").asString()).isEqualTo(name);
        assertThat(changes.get("name").get("after").asString()).isEqualTo(newName);
        assertThat(changes.get("legalRepresentative.idNumber").get("before").asString()).isEqualTo(masked(id));
        assertThat(changes.get("legalRepresentative.idNumber").get("after").asString()).isEqualTo(masked(newId));

        var createdVersion = items.get(1);
        assertThat(createdVersion.get("version").asInt()).isEqualTo(1);
        assertThat(createdVersion.get("kind").asString()).isEqualTo("CREATED");
        assertThat(createdVersion.get("changedBy").asString()).isEqualTo("admin");
        var createdFields = new ArrayList<String>();
        createdVersion.get("changes").forEach(c -> {
            createdFields.add(c.get("field").asString());
            assertThat(c.get("before").isNull()).isTrue();
        });
        assertThat(createdFields).contains("name", "kind", "legalRepresentative.idNumber", "jurisdiction");
    }

    @Test
    void anUnknownEntityIs404() {
        String code = creditCode();
        var problem = problem(admin().get("/api/v1/entities/" + code), 404);
        assertThat(problem.get("code").asString()).isEqualTo("ENTITY_NOT_FOUND");
        assertThat(problem(admin().get("/api/v1/entities/" + code + "/history"), 404).get("code").asString())
                .isEqualTo("ENTITY_NOT_FOUND");
        assertThat(problem(admin().putJson("/api/v1/entities/" + code, json(entity(code, "名称", "ENTERPRISE", null))),
                404).get("code").asString()).isEqualTo("ENTITY_NOT_FOUND");
    }
}
