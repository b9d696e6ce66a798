package cn.gov.amr.credit.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Helpers for tests that run the packaged platform as a separate process. */
public final class PlatformProcesses {

    private PlatformProcesses() {
    }

    /** A TCP port free at the time of asking. */
    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Waits up to 3 minutes for {@code /actuator/health} to be UP; fails with the log if the process dies. */
    public static void awaitHealthy(Process process, int port, Path log) throws Exception {
        var client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("The platform exited:\n" + Files.readString(log));
            }
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("The platform did not become healthy:\n" + Files.readString(log));
    }
}
