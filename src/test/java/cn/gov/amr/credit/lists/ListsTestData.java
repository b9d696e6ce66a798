package cn.gov.amr.credit.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.gov.amr.credit.registry.RegistryTestData;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.TestHttp;

/** Entities and decisions for the lists' tests, through the platform's API. */
public final class ListsTestData {

    private ListsTestData() {
    }

    /** Registers an entity of a kind (ENTERPRISE, INDIVIDUAL_BUSINESS, COOPERATIVE) in a jurisdiction; answers its code. */
    public static String entity(TestHttp admin, String kind, String jurisdiction, String establishedOn) {
        char kindDigit = switch (kind) {
            case "INDIVIDUAL_BUSINESS" -> '2';
            case "COOPERATIVE" -> '3';
            default -> '1';
        };
        String code = RegistryTestData.creditCode(kindDigit);
        var body = RegistryTestData.fullEntity(code, "瑞昌" + RegistryTestData.han(4) + "商行", jurisdiction,
                RegistryTestData.residentId());
        body.put("kind", kind);
        body.put("establishedOn", establishedOn);
        var response = admin.postJson("/api/v1/entities", RegistryTestData.json(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return code;
    }

    /** Deregisters an entity through the registry's API (its other data replaced by a valid body). */
    public static void deregister(TestHttp admin, String code, String kind, String jurisdiction) {
        String etag = admin.get("/api/v1/entities/" + code).headers().firstValue("ETag").orElseThrow();
        var body = RegistryTestData.fullEntity(code, "瑞昌" + RegistryTestData.han(4) + "商行", jurisdiction,
                RegistryTestData.residentId());
        body.put("kind", kind);
        body.put("status", "DEREGISTERED");
        var response = admin.header("If-Match", etag).putJson("/api/v1/entities/" + code, RegistryTestData.json(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    public static Map<String, Object> abnormal(String code, String ground, String decidedOn, String document) {
        var body = new LinkedHashMap<String, Object>();
        body.put("code", code);
        body.put("ground", ground);
        body.put("decidedOn", decidedOn);
        body.put("documentNumber", document);
        body.put("authority", "瑞昌市市场监督管理局");
        return body;
    }

    public static Map<String, Object> removal(String reason, String decidedOn, String document) {
        var body = new LinkedHashMap<String, Object>();
        body.put("reason", reason);
        body.put("decidedOn", decidedOn);
        body.put("documentNumber", document);
        return body;
    }

    /** Posts a decision that must be created; answers the listing's id. */
    public static long created(TestHttp client, String path, Map<String, Object> body) {
        var response = client.postJson(path, RegistryTestData.json(body));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Json.parse(response.body()).get("id").asLong();
    }
}
