package cn.gov.amr.credit.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The open data is documented in OpenAPI: the change feed with its cursor, and the bulk files as zips.
 * The document tells the truth about every operation: its refusals as problem details, how a caller
 * authenticates, and which properties may be null (the API tests hold their own traffic to it, see
 * {@code support.ApiContract}).
 */
class OpenApiDocumentationTest extends PlatformIntegrationTest {

    private static final Set<String> SCHEMES = Set.of("basicAuth", "apiKey", "session");

    @Test
    void theChangeFeedAndTheBulkFilesAreInTheOpenApiDocument() {
        JsonNode paths = Json.parse(http().get("/v3/api-docs").body()).get("paths");
        JsonNode feed = paths.get("/api/v1/public/changes").get("get");
        assertThat(feed.get("summary").asString()).contains("cursor");
        assertThat(feed.get("parameters").findValuesAsString("name")).contains("since", "size");
        assertThat(paths.get("/api/v1/public/bulk-files").get("get").get("summary").asString()).contains("cursor");
        JsonNode download = paths.get("/api/v1/public/bulk-files/{day}").get("get");
        assertThat(download.get("summary").asString()).contains("entities.csv", "penalties.csv", "manifest.json");
        assertThat(download.get("responses").get("200").get("content").has("application/zip")).isTrue();
        assertThat(paths.get("/api/v1/public/entities/{code}").get("get").get("summary").asString())
                .contains("seriousDishonestListings");
    }

    @Test
    void everyOperationDocumentsItsRefusalsAsProblemDetails() {
        JsonNode doc = Json.parse(http().get("/v3/api-docs").body());
        var problem = doc.get("components").get("schemas").get("Problem");
        assertThat(problem.get("required").toString()).contains("type", "title", "status", "code");
        assertThat(problem.get("properties").propertyNames()).contains("detail", "instance", "errors");
        var without = new ArrayList<String>();
        operations(doc).forEach((name, operation) -> {
            var refusals = operation.get("responses").propertyNames().stream().filter(s -> s.startsWith("4")).toList();
            if (refusals.isEmpty()) {
                without.add(name);
            }
            for (var status : refusals) {
                assertThat(operation.get("responses").get(status).get("content").get("application/problem+json")
                        .get("schema").get("$ref").asString()).as("%s %s", name, status)
                        .isEqualTo("#/components/schemas/Problem");
            }
        });
        assertThat(without).as("operations without a 4xx answer").isEmpty();
        var upload = doc.get("paths").get("/api/v1/ingest/batches").get("post").get("responses");
        assertThat(upload.propertyNames()).contains("202", "400", "401", "403", "413", "415", "422", "429");
        assertThat(doc.get("paths").get("/api/v1/users/{username}").get("put").get("responses").propertyNames())
                .contains("404", "409", "412");
        assertThat(doc.get("paths").get("/api/v1/public/ping").get("get").get("responses").propertyNames())
                .contains("400", "429").doesNotContain("401", "404");
        assertThat(doc.get("paths").get("/api/v1/public/objections").get("post").get("responses").propertyNames())
                .contains("201", "400", "403", "404", "409", "429").doesNotContain("401");
    }

    @Test
    void everyOperationOutsideThePublicPathsDeclaresTheSchemesItsRolesCanUse() {
        JsonNode doc = Json.parse(http().get("/v3/api-docs").body());
        assertThat(doc.get("components").get("securitySchemes").propertyNames()).containsAll(SCHEMES);
        assertThat(doc.has("security")).as("no document-wide requirement: each operation says its own").isFalse();
        operations(doc).forEach((name, operation) -> {
            if (name.contains(" /api/v1/public/")) {
                assertThat(operation.has("security")).as(name).isFalse();
            } else {
                assertThat(operation.get("security")).as(name).isNotEmpty();
                operation.get("security").forEach(requirement ->
                        assertThat(SCHEMES).as(name).containsAll(requirement.propertyNames()));
            }
        });
        assertThat(schemes(doc, "/api/v1/users", "get")).containsExactly("basicAuth", "session");
        assertThat(schemes(doc, "/api/v1/ingest/records", "post")).containsExactly("basicAuth", "apiKey", "session");
        assertThat(schemes(doc, "/api/v1/me", "get")).containsExactly("basicAuth", "apiKey", "session");
    }

    @Test
    void propertiesTheApiAnswersAsNullAreDeclaredNullable() {
        JsonNode schemas = Json.parse(http().get("/v3/api-docs").body()).get("components").get("schemas");
        assertThat(types(schemas, "Objection", "answeredAt")).contains("string", "null");
        assertThat(types(schemas, "PublicRecord", "publicUntil")).contains("string", "null");
        assertThat(types(schemas, "ApiClient", "revokedAt")).contains("string", "null");
        var problem = schemas.get("VerificationResult").get("properties").get("problem");
        assertThat(problem.get("type").toString()).contains("null");
        assertThat(problem.get("enum").toString()).contains("ALTERED", "MISSING", "null");
        assertThat(types(schemas, "VerificationResult", "intact")).containsExactly("boolean");
    }

    @Test
    void textsThatHoldAChoiceListTheirValues() {
        JsonNode schemas = Json.parse(http().get("/v3/api-docs").body()).get("components").get("schemas");
        assertThat(schemas.get("Me").get("properties").get("kind").get("enum").toString())
                .contains("USER", "API_CLIENT");
        assertThat(schemas.get("Me").get("properties").get("roles").get("items").get("enum").toString())
                .contains("ADMIN", "DEPARTMENT");
        assertThat(schemas.get("BatchReport").get("properties").get("channel").get("enum").toString())
                .contains("FILE", "PUSH", "CORRECTION");
        assertThat(schemas.get("BatchReport").get("properties").get("format").get("enum").toString())
                .contains("CSV", "XLSX", "JSON");
    }

    private static List<String> types(JsonNode schemas, String schema, String property) {
        JsonNode type = schemas.get(schema).get("properties").get(property).get("type");
        return type.isArray() ? type.valueStream().map(JsonNode::asString).toList() : List.of(type.asString());
    }

    private static List<String> schemes(JsonNode doc, String path, String method) {
        var names = new ArrayList<String>();
        doc.get("paths").get(path).get(method).get("security").forEach(r -> names.addAll(r.propertyNames()));
        return names;
    }

    private static Map<String, JsonNode> operations(JsonNode doc) {
        var operations = new java.util.LinkedHashMap<String, JsonNode>();
        for (var path : doc.get("paths").propertyNames()) {
            JsonNode item = doc.get("paths").get(path);
            for (var method : item.propertyNames()) {
                operations.put(method.toUpperCase(java.util.Locale.ROOT) + " " + path, item.get(method));
            }
        }
        return operations;
    }
}
