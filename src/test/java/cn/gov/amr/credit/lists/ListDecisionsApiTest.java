package cn.gov.amr.credit.lists;

import static cn.gov.amr.credit.lists.ListsTestData.abnormal;
import static cn.gov.amr.credit.lists.ListsTestData.created;
import static cn.gov.amr.credit.lists.ListsTestData.entity;
import static cn.gov.amr.credit.lists.ListsTestData.removal;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
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

/** The list decisions through the API (contract) on the real database: the rules, their order, the audit. */
class ListDecisionsApiTest extends PlatformIntegrationTest {

    @Autowired
    UserAccounts accounts;

    private TestHttp admin() {
        return http().basic("admin", ADMIN_PASSWORD);
    }

    private static String problemCode(String body) {
        return Json.parse(body).get("code").asString();
    }

    @Test
    void anEnterpriseIsListedOncePerGroundAndYearAndADocumentNumberNamesOneDecisionPerGround() {
        var admin = admin();
        String code = entity(admin, "ENTERPRISE", "PENCHENG", "2015-06-01");
        long id = created(admin, "/api/v1/lists/abnormal", abnormal(code, "ADDRESS_UNREACHABLE", "2026-03-02", "瑞市监异列〔2026〕1号"));

        var again = admin.postJson("/api/v1/lists/abnormal",
                RegistryTestData.json(abnormal(code, "ADDRESS_UNREACHABLE", "2026-05-06", "瑞市监异列〔2026〕2号")));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(problemCode(again.body())).isEqualTo("ALREADY_LISTED_THIS_YEAR");
        var sameDocument = admin.postJson("/api/v1/lists/abnormal",
                RegistryTestData.json(abnormal(code, "ADDRESS_UNREACHABLE", "2025-05-06", "瑞市监异列〔2026〕1号")));
        assertThat(sameDocument.statusCode()).isEqualTo(409);
        assertThat(problemCode(sameDocument.body())).isEqualTo("DOCUMENT_NUMBER_USED");
        // the same document may name the same party on another ground
        created(admin, "/api/v1/lists/abnormal", abnormal(code, "FALSE_INFORMATION", "2026-03-02", "瑞市监异列〔2026〕1号"));

        JsonNode page = Json.parse(admin.get("/api/v1/lists/abnormal?code=" + code + "&status=LISTED&year=2026").body());
        assertThat(page.get("total").asLong()).isEqualTo(2);
        JsonNode listing = Json.parse(admin.get("/api/v1/lists/abnormal/" + id).body());
        assertThat(listing.get("ground").asString()).isEqualTo("ADDRESS_UNREACHABLE");
        assertThat(listing.get("decidedBy").asString()).isEqualTo("admin");
        assertThat(listing.get("authority").asString()).isEqualTo("瑞昌市市场监督管理局");
        JsonNode file = Json.parse(admin.get("/api/v1/entities/" + code + "/credit-file").body());
        assertThat(file.get("listings").findValuesAsString("ground"))
                .containsExactlyInAnyOrder("ADDRESS_UNREACHABLE", "FALSE_INFORMATION");
        assertThat(jdbc.sql("select count(*) from audit.entries where action = 'LIST_ENTRY_DECIDED' and target = ?")
                .param(code).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anIndividualBusinessIsRefusedFromTheListWith422BeforeAnyUniquenessCheckAndMarkedInstead() {
        var admin = admin();
        String code = entity(admin, "INDIVIDUAL_BUSINESS", "PENCHENG", "2018-03-01");
        long marked = created(admin, "/api/v1/lists/abnormal-state",
                abnormal(code, "ADDRESS_UNREACHABLE", "2026-09-20", "瑞市监异标〔2026〕3号"));
        JsonNode marking = Json.parse(admin.get("/api/v1/lists/abnormal-state/" + marked).body());
        assertThat(marking.get("list").asString()).isEqualTo("ABNORMAL_STATE");
        assertThat(marking.get("objectionUntil").asString()).isEqualTo("2026-10-20");

        // the same ground, year and document number: still the kind is what is wrong
        var listed = admin.postJson("/api/v1/lists/abnormal",
                RegistryTestData.json(abnormal(code, "ADDRESS_UNREACHABLE", "2026-09-20", "瑞市监异标〔2026〕3号")));
        assertThat(listed.statusCode()).isEqualTo(422);
        assertThat(problemCode(listed.body())).isEqualTo("INDIVIDUAL_BUSINESS_NOT_LISTED");
        assertThat(listed.body()).contains("个体工商户");

        String enterprise = entity(admin, "ENTERPRISE", "PENCHENG", "2015-06-01");
        var wrongKind = admin.postJson("/api/v1/lists/abnormal-state",
                RegistryTestData.json(abnormal(enterprise, "ADDRESS_UNREACHABLE", "2026-09-20", "瑞市监异标〔2026〕4号")));
        assertThat(wrongKind.statusCode()).isEqualTo(422);
        assertThat(problemCode(wrongKind.body())).isEqualTo("ONLY_INDIVIDUAL_BUSINESS_MARKED");

        var restored = admin.postJson("/api/v1/lists/abnormal-state/" + marked + "/restoration",
                RegistryTestData.json(removal("已在登记的经营场所恢复联系", "2026-10-12", "瑞市监异恢〔2026〕1号")));
        assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        assertThat(Json.parse(restored.body()).get("removal").get("kind").asString()).isEqualTo("DECISION");
    }

    @Test
    void anAnnualReportListingIsRemovedOnlyOnceTheMissingReportIsFiledWhichRaisesARemovalProposal() {
        var admin = admin();
        String code = entity(admin, "ENTERPRISE", "PENCHENG", "2016-01-10");
        long id = created(admin, "/api/v1/lists/abnormal",
                abnormal(code, "ANNUAL_REPORT_NOT_FILED", "2026-07-10", "瑞市监异列〔2026〕30号"));
        var early = admin.postJson("/api/v1/lists/abnormal/" + id + "/removal",
                RegistryTestData.json(removal("已补报", "2026-08-01", "瑞市监异移〔2026〕1号")));
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(problemCode(early.body())).isEqualTo("GROUND_NOT_REMEDIED");

        var filing = new LinkedHashMap<String, Object>(Map.of("code", code, "reportYear", 2025, "filedOn", "2026-07-20"));
        var entered = admin.postJson("/api/v1/lists/annual-reports/filings", RegistryTestData.json(filing));
        assertThat(entered.statusCode()).as(entered.body()).isEqualTo(204);
        JsonNode proposals = Json.parse(admin.get("/api/v1/lists/proposals?code=" + code + "&status=OPEN").body());
        assertThat(proposals.get("items")).hasSize(1);
        assertThat(proposals.get("items").get(0).get("action").asString()).isEqualTo("REMOVAL");
        assertThat(proposals.get("items").get(0).get("listingId").asLong()).isEqualTo(id);

        var removed = admin.postJson("/api/v1/lists/abnormal/" + id + "/removal",
                RegistryTestData.json(removal("已补报2025年度报告", "2026-08-01", "瑞市监异移〔2026〕1号")));
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(Json.parse(admin.get("/api/v1/lists/proposals?code=" + code + "&status=OPEN").body())
                .get("total").asLong()).isZero();
        var twice = admin.postJson("/api/v1/lists/abnormal/" + id + "/removal",
                RegistryTestData.json(removal("再次移出", "2026-08-02", "瑞市监异移〔2026〕2号")));
        assertThat(twice.statusCode()).isEqualTo(409);
    }

    @Test
    void anOfficerDecidesOnlyInItsOwnJurisdiction() {
        var admin = admin();
        String elsewhere = entity(admin, "ENTERPRISE", "GUILIN", "2015-06-01");
        String own = entity(admin, "ENTERPRISE", "PENCHENG", "2015-06-01");
        var officer = http().basic(Fixtures.user(accounts, Role.OFFICER), Fixtures.PASSWORD);
        var refused = officer.postJson("/api/v1/lists/abnormal",
                RegistryTestData.json(abnormal(elsewhere, "ADDRESS_UNREACHABLE", "2026-03-02", "瑞市监异列〔2026〕5号")));
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(problemCode(refused.body())).isEqualTo("OUTSIDE_JURISDICTION");
        var body = abnormal(own, "ADDRESS_UNREACHABLE", "2026-03-02", "瑞市监异列〔2026〕5号");
        body.remove("authority");
        long id = created(officer, "/api/v1/lists/abnormal", body);
        assertThat(Json.parse(officer.get("/api/v1/lists/abnormal/" + id).body()).get("authority").asString())
                .as("the officer's branch decides when no authority is given").isEqualTo("湓城分局");
    }

    @Test
    void anOfficersOwnProposalGoesToTheListTheEntitysKindTakesAndIsRaisedOnce() {
        var admin = admin();
        String individual = entity(admin, "INDIVIDUAL_BUSINESS", "PENCHENG", "2018-03-01");
        var body = new LinkedHashMap<String, Object>(Map.of("code", individual, "ground", "ADDRESS_UNREACHABLE",
                "aroseOn", "2026-11-20", "note", "实地核查无法联系"));
        var raised = admin.postJson("/api/v1/lists/proposals", RegistryTestData.json(body));
        assertThat(raised.statusCode()).as(raised.body()).isEqualTo(201);
        JsonNode proposal = Json.parse(raised.body());
        assertThat(proposal.get("list").asString()).isEqualTo("ABNORMAL_STATE");
        assertThat(proposal.get("source").asString()).isEqualTo("MANUAL");
        assertThat(proposal.get("dueOn").asString()).isEqualTo("2026-12-04");
        var again = admin.postJson("/api/v1/lists/proposals", RegistryTestData.json(body));
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(problemCode(again.body())).isEqualTo("PROPOSAL_EXISTS");
        body.put("ground", "ABNORMAL_LIST_THREE_YEARS");
        var move = admin.postJson("/api/v1/lists/proposals", RegistryTestData.json(body));
        assertThat(move.statusCode()).as("the three-year move is the daily job's, with its listing").isEqualTo(400);
        assertThat(move.body()).contains("$.ground", "GROUND_UNKNOWN");
    }

    @Test
    void aMissingFieldIsAProblemPerFieldInChinese() {
        var response = admin().postJson("/api/v1/lists/abnormal", "{\"ground\":\"ADDRESS_UNREACHABLE\"}");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("$.code", "$.decidedOn", "$.documentNumber");
    }

    @Test
    void theSeriousDishonestListTakesAThreeYearMoveOnlyAfterThreeYearsAndEarlyRemovalOnlyAfterOne() {
        var admin = admin();
        String code = entity(admin, "ENTERPRISE", "PENCHENG", "2012-06-01");
        long young = created(admin, "/api/v1/lists/abnormal", abnormal(code, "ADDRESS_UNREACHABLE", "2024-02-01", "瑞市监异列〔2024〕9号"));
        long old = created(admin, "/api/v1/lists/abnormal", abnormal(code, "FALSE_INFORMATION", "2023-05-10", "瑞市监异列〔2023〕9号"));
        var tooSoon = admin.postJson("/api/v1/lists/serious-dishonest", RegistryTestData.json(move(code, young, "瑞市监严列〔2026〕1号")));
        assertThat(tooSoon.statusCode()).isEqualTo(422);
        assertThat(problemCode(tooSoon.body())).isEqualTo("THREE_YEARS_NOT_REACHED");
        long moved = created(admin, "/api/v1/lists/serious-dishonest", move(code, old, "瑞市监严列〔2026〕2号"));
        JsonNode listing = Json.parse(admin.get("/api/v1/lists/serious-dishonest/" + moved).body());
        assertThat(listing.get("ground").asString()).isEqualTo("ABNORMAL_LIST_THREE_YEARS");
        assertThat(listing.get("field").asString()).isEqualTo("ABNORMAL_LIST_THREE_YEARS");
        assertThat(listing.get("abnormalListingId").asLong()).isEqualTo(old);

        var early = admin.postJson("/api/v1/lists/serious-dishonest/" + moved + "/early-removal",
                RegistryTestData.json(removal("信用修复", "2026-12-03", "瑞市监严移〔2026〕1号")));
        assertThat(early.statusCode()).isEqualTo(422);
        assertThat(problemCode(early.body())).isEqualTo("EARLY_REMOVAL_TOO_SOON");

        var heavy = new LinkedHashMap<String, Object>();
        heavy.put("code", code);
        heavy.put("field", "FOOD_SAFETY");
        heavy.put("decidedOn", "2025-01-06");
        heavy.put("documentNumber", "瑞市监严列〔2025〕1号");
        heavy.put("authority", "瑞昌市市场监督管理局");
        heavy.put("penaltyDocumentNumber", "瑞市监罚〔2024〕88号");
        long food = created(admin, "/api/v1/lists/serious-dishonest", heavy);
        var repaired = admin.postJson("/api/v1/lists/serious-dishonest/" + food + "/early-removal",
                RegistryTestData.json(removal("已履行处罚、消除危害并作出信用承诺", "2026-12-03", "瑞市监严移〔2026〕2号")));
        assertThat(repaired.statusCode()).as(repaired.body()).isEqualTo(200);
        assertThat(Json.parse(repaired.body()).get("removal").get("kind").asString()).isEqualTo("CREDIT_REPAIR");
        assertThat(Json.parse(repaired.body()).get("penaltyDocumentNumber").asString()).isEqualTo("瑞市监罚〔2024〕88号");
    }

    private static Map<String, Object> move(String code, long abnormalId, String document) {
        var body = new LinkedHashMap<String, Object>();
        body.put("code", code);
        body.put("field", "ABNORMAL_LIST_THREE_YEARS");
        body.put("decidedOn", "2026-12-03");
        body.put("documentNumber", document);
        body.put("authority", "瑞昌市市场监督管理局");
        body.put("abnormalListingId", abnormalId);
        return body;
    }
}
