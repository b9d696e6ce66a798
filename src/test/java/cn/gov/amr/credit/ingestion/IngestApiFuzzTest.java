package cn.gov.amr.credit.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.amr.credit.ingestion.pipeline.ImportInputs;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.TestHttp;

/**
 * The HTTP slice of the importer fuzzing: 240 generated CSV and XLSX uploads and JSON pushes (the
 * generator of {@code ImportFuzzTest}, seeded) through the real API with a department's key. None
 * answers 500, and every batch accepted for processing ends COMPLETED or FAILED for a reason of the
 * file, never with the worker's PROCESSING_ERROR (an unexpected exception).
 */
class IngestApiFuzzTest extends PlatformIntegrationTest {

    private static final int INPUTS = 240;

    @Test
    void generatedUploadsAndPushesNeverAnswer500NorCrashTheWorker() throws Exception {
        TestHttp admin = http().basic("admin", ADMIN_PASSWORD);
        String apiKey = IngestionTestData.department(admin)[1];
        HttpClient client = HttpClient.newHttpClient();
        List<Long> batches = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < INPUTS; i++) {
            var entropy = ImportInputs.seeded(7_000_000L + i);
            RecordKind kind = entropy.pick(List.of(RecordKind.values()));
            HttpResponse<String> response;
            switch (i % 8) {
                case 0, 1, 2 -> response = upload(client, apiKey, kind, "f.csv", ImportInputs.csv(kind, entropy));
                case 3 -> response = upload(client, apiKey, kind, "f.xlsx", ImportInputs.xlsx(kind, entropy));
                default -> response = send(client, HttpRequest.newBuilder(uri("/api/v1/ingest/records?kind=" + kind))
                        .header("X-Api-Key", apiKey).header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofByteArray(ImportInputs.json(kind, entropy))));
            }
            answers.add(i + ": " + response.statusCode());
            assertThat(response.statusCode()).as("input %d (%s): %s", i, kind, response.body()).isLessThan(500);
            if (response.statusCode() == 202) {
                batches.add(Json.parse(response.body()).get("id").asLong());
            }
        }
        assertThat(batches).as("some inputs are accepted for processing").isNotEmpty();
        for (long id : batches) {
            var batch = IngestionTestData.awaitBatch(admin, id);
            assertThat(batch.get("failureCode").isNull() ? null : batch.get("failureCode").asString())
                    .as("batch %d: %s", id, batch).isNotEqualTo("PROCESSING_ERROR");
        }
        assertThat(answers).hasSize(INPUTS);
    }

    private HttpResponse<String> upload(HttpClient client, String apiKey, RecordKind kind, String name, byte[] content)
            throws Exception {
        String boundary = "----fuzz" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"kind\"\r\n\r\n" + kind + "\r\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return send(client, HttpRequest.newBuilder(uri("/api/v1/ingest/batches")).header("X-Api-Key", apiKey)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request) throws Exception {
        return client.send(request.header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

}
