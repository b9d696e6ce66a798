package cn.gov.amr.credit.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A small real HTTP client for tests: no redirects followed, cookies kept by hand, headers per call.
 */
public final class TestHttp {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private final String base;
    private final HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Duration timeout = Duration.ofSeconds(30);

    public TestHttp(String base) {
        this.base = base;
    }

    /** A header sent with every later request of this client (e.g. X-Forwarded-For). */
    /** How long a request may take before it fails (30 s unless changed): for the few slow operations. */
    public TestHttp timeout(Duration value) {
        timeout = value;
        return this;
    }

    public TestHttp header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public TestHttp basic(String user, String password) {
        return header("Authorization", "Basic " + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }

    public TestHttp apiKey(String key) {
        return header("X-Api-Key", key);
    }

    public TestHttp cookie(String name, String value) {
        cookies.put(name, value);
        return this;
    }

    public String cookie(String name) {
        return cookies.get(name);
    }

    public HttpResponse<String> get(String path) {
        return send(builder(path).GET());
    }

    /** A GET whose body is kept as bytes (downloads). */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            var request = builder(path).GET().build();
            var response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            keepsContract(request, null, response, response.body());
            return response;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> get(String path, String headerName, String headerValue) {
        return send(builder(path).header(headerName, headerValue).GET());
    }

    public HttpResponse<String> send(String method, String path, String json) {
        var body = json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json);
        var builder = builder(path).method(method, body);
        if (json != null) {
            builder.header("Content-Type", "application/json");
        }
        return send(builder, json);
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send("POST", path, json);
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send("PUT", path, json);
    }

    public HttpResponse<String> postForm(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(builder(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A multipart/form-data POST: text fields and one file part named {@code file}. */
    public HttpResponse<String> postFile(String path, Map<String, String> fields, String fileName, byte[] content) {
        String boundary = "----credit" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        try {
            for (var field : fields.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                        + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return send(builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    /** The CSRF token of the form on {@code path} (fetching it also sets the session cookie). */
    public String csrfToken(String path) {
        var page = get(path);
        var matcher = CSRF.matcher(page.body());
        if (!matcher.find()) {
            throw new AssertionError("No CSRF token on " + path + ": " + page.statusCode());
        }
        return matcher.group(1);
    }

    /** Signs in with the form; returns the response to the POST (302 to the workbench on success). */
    public HttpResponse<String> signIn(String user, String password) {
        String token = csrfToken("/login");
        return postForm("/login", Map.of("username", user, "password", password, "_csrf", token));
    }

    private HttpRequest.Builder builder(String path) {
        var builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(timeout);
        headers.forEach(builder::header);
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                    .collect(Collectors.joining("; ")));
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest.Builder builder) {
        return send(builder, null);
    }

    /** Sends; an exchange with the JSON API must keep the OpenAPI document (see {@link ApiContract}). */
    private HttpResponse<String> send(HttpRequest.Builder builder, String jsonBody) {
        try {
            var request = builder.build();
            var response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            response.headers().allValues("Set-Cookie").forEach(this::remember);
            keepsContract(request, jsonBody, response, response.body().getBytes(StandardCharsets.UTF_8));
            return response;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Fails unless the exchange keeps the OpenAPI document; with the system property
     * {@code apiContract.collect} naming a file, lists the violations there instead (to survey a run).
     */
    private void keepsContract(HttpRequest request, String jsonBody, HttpResponse<?> response, byte[] body) {
        if (ApiContract.covers(request.uri())) {
            var exchange = ApiContract.Exchange.of(request, jsonBody, response, body);
            String survey = System.getProperty("apiContract.collect");
            if (survey == null) {
                ApiContract.of(base, client).verify(exchange);
            } else {
                ApiContract.of(base, client).survey(exchange, java.nio.file.Path.of(survey));
            }
        }
    }

    private void remember(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int eq = pair.indexOf('=');
        if (eq > 0) {
            String name = pair.substring(0, eq).trim();
            String value = pair.substring(eq + 1).trim();
            if (value.isEmpty() || setCookie.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
