package cn.gov.amr.credit.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.support.ApiContract.Exchange;
import org.junit.jupiter.api.Test;

/** The contract the API tests' traffic is held to finds what third-party tools found, and no more. */
class ApiContractTest {

    private static final String DOCUMENT = """
            {"openapi": "3.1.0",
             "components": {
               "securitySchemes": {
                 "basicAuth": {"type": "http", "scheme": "basic"},
                 "apiKey": {"type": "apiKey", "in": "header", "name": "X-Api-Key"}},
               "schemas": {
                 "Problem": {"type": "object", "required": ["status", "code"],
                   "properties": {"status": {"type": "integer"}, "code": {"type": "string"}}},
                 "Key": {"type": "object", "properties": {
                   "id": {"type": "integer", "format": "int64"},
                   "revokedAt": {"type": ["string", "null"], "format": "date-time"},
                   "issuedAt": {"type": "string", "format": "date-time"},
                   "state": {"type": ["string", "null"], "enum": ["ACTIVE", "REVOKED", null]}}}}},
             "paths": {
               "/api/v1/keys/{id}": {"get": {
                 "security": [{"basicAuth": []}],
                 "parameters": [{"name": "id", "in": "path", "required": true,
                                 "schema": {"type": "integer", "format": "int64"}}],
                 "responses": {
                   "200": {"description": "the key", "content": {"application/json": {
                     "schema": {"$ref": "#/components/schemas/Key"}}}},
                   "404": {"description": "no such key", "content": {"application/problem+json": {
                     "schema": {"$ref": "#/components/schemas/Problem"}}}}}}},
               "/api/v1/keys/latest": {"get": {
                 "security": [{"basicAuth": []}, {"apiKey": []}],
                 "responses": {"200": {"description": "the latest key", "content": {"application/json": {
                     "schema": {"$ref": "#/components/schemas/Key"}}}}}}},
               "/api/v1/public/ping": {"get": {
                 "parameters": [{"name": "size", "in": "query", "schema": {"type": "integer", "maximum": 10}}],
                 "responses": {"200": {"description": "pong"}}}}}}
            """;

    private final ApiContract contract = ApiContract.parse(DOCUMENT);

    @Test
    void aNullWhereTheDocumentPromisesAStringIsAViolationAndANullableOneIsNot() {
        var answer = "{\"id\": 1, \"revokedAt\": null, \"issuedAt\": null, \"state\": null}";
        assertThat(contract.violations(get("/api/v1/keys/1", basic(), 200, json(answer))))
                .singleElement().asString().contains("/issuedAt").contains("null");
    }

    @Test
    void anEnumValueTheDocumentDoesNotListIsAViolation() {
        var answer = "{\"id\": 1, \"state\": \"LOST\"}";
        assertThat(contract.violations(get("/api/v1/keys/1", basic(), 200, json(answer))))
                .singleElement().asString().contains("/state");
    }

    @Test
    void anUndocumentedStatusIsAViolation() {
        assertThat(contract.violations(get("/api/v1/keys/1", basic(), 409, problem())))
                .singleElement().asString().contains("409");
        assertThat(contract.violations(get("/api/v1/keys/1", basic(), 404, problem()))).isEmpty();
    }

    @Test
    void anAnswerInAnUndocumentedMediaTypeIsAViolation() {
        var text = new Answer("text/html", "<html></html>");
        assertThat(contract.violations(get("/api/v1/keys/1", basic(), 404, text)))
                .singleElement().asString().contains("text/html");
    }

    @Test
    void acceptingCredentialsOfAnUndeclaredSchemeIsAViolation() {
        var answer = json("{\"id\": 1}");
        assertThat(contract.violations(get("/api/v1/keys/1", Map.of("X-Api-Key", "k"), 200, answer)))
                .singleElement().asString().contains("security");
        assertThat(contract.violations(get("/api/v1/keys/latest", Map.of("X-Api-Key", "k"), 200, answer))).isEmpty();
        assertThat(contract.violations(get("/api/v1/public/ping", basic(), 200, new Answer(null, "")))).isEmpty();
    }

    @Test
    void aLiteralPathIsPreferredToATemplateAndPathParametersAreChecked() {
        assertThat(contract.violations(get("/api/v1/keys/latest", basic(), 200, json("{\"id\": 2}")))).isEmpty();
        assertThat(contract.violations(get("/api/v1/keys/x1", basic(), 200, json("{\"id\": 2}"))))
                .singleElement().asString().contains("'id'");
    }

    @Test
    void acceptedQueryParametersMustBeDocumentedAndValid() {
        var pong = new Answer(null, "");
        assertThat(contract.violations(get("/api/v1/public/ping?size=3", Map.of(), 200, pong))).isEmpty();
        assertThat(contract.violations(get("/api/v1/public/ping?size=30&debug=1", Map.of(), 200, pong)))
                .hasSize(2).anySatisfy(v -> assertThat(v).contains("'size'"))
                .anySatisfy(v -> assertThat(v).contains("'debug'"));
    }

    @Test
    void unknownPathsMayOnlyBeRefusedWithProblemDetails() {
        assertThat(contract.violations(get("/api/v1/nothing", basic(), 404, problem()))).isEmpty();
        assertThat(contract.violations(get("/api/v1/nothing", basic(), 404, new Answer("text/html", "<p>"))))
                .singleElement().asString().contains("text/html");
        assertThat(contract.violations(get("/api/v1/nothing", basic(), 200, json("{}"))))
                .singleElement().asString().contains("no documented operation");
    }

    @Test
    void verifyFailsWithEveryViolationNamed() {
        assertThatThrownBy(() -> contract.verify(get("/api/v1/keys/1", basic(), 500, problem())))
                .isInstanceOf(AssertionError.class).hasMessageContaining("GET /api/v1/keys/1 → 500")
                .hasMessageContaining("status 500 is not documented");
    }

    private record Answer(String contentType, String body) {
    }

    private static Answer json(String body) {
        return new Answer("application/json", body);
    }

    private static Answer problem() {
        return new Answer("application/problem+json", "{\"status\": 404, \"code\": \"NOT_FOUND\"}");
    }

    private static Map<String, String> basic() {
        return Map.of("Authorization", "Basic YTpi");
    }

    private static Exchange get(String pathAndQuery, Map<String, String> headers, int status, Answer answer) {
        Map<String, List<String>> request = new java.util.HashMap<>();
        headers.forEach((k, v) -> request.put(k, List.of(v)));
        Map<String, List<String>> response = answer.contentType() == null ? Map.of()
                : Map.of("Content-Type", List.of(answer.contentType()));
        return new Exchange("GET", URI.create("http://localhost" + pathAndQuery), HttpHeaders.of(request, (a, b) -> true),
                null, status, HttpHeaders.of(response, (a, b) -> true), answer.body().getBytes(StandardCharsets.UTF_8));
    }
}
