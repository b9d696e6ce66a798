package cn.gov.amr.credit.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The open data is documented in OpenAPI: the change feed with its cursor, and the bulk files as zips. */
class OpenApiDocumentationTest extends PlatformIntegrationTest {

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
}
