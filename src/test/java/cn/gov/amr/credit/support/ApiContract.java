package cn.gov.amr.credit.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The platform's OpenAPI document ({@code /v3/api-docs}, OpenAPI 3.1) as a contract that every
 * exchange of the tests with {@code /api/**} must keep. What the API answers must be documented:
 * its status, its media type and, for JSON, a body valid against the documented schema (JSON Schema
 * 2020-12, with format assertions). What the API accepted (a 2xx answer) must have been allowed: a
 * documented operation, its required and documented parameters with valid values, a documented
 * request media type and a JSON body valid against its schema (unless the answer is 202: accepted
 * for processing, which checks the content later), and credentials of a security scheme the
 * operation declares. A refused request need not be valid (refusing invalid requests is the point), but its
 * refusal must be documented. Requests to paths the document does not know may only be refused,
 * with a problem+json body.
 */
public final class ApiContract {

    private static final String DOCUMENT_IRI = "https://credit-platform.test/v3/api-docs";
    private static final Map<String, ApiContract> FETCHED = new ConcurrentHashMap<>();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");
    private static final int MAX_ERRORS = 8;

    private final JsonNode document;
    private final SchemaRegistry registry;
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();
    private final List<Route> routes = new ArrayList<>();

    /** One request of the tests and the platform's answer to it. {@code requestBody} is null unless JSON. */
    public record Exchange(String method, URI uri, HttpHeaders requestHeaders, String requestBody, int status,
                           HttpHeaders responseHeaders, byte[] responseBody) {

        static Exchange of(HttpRequest request, String requestBody, HttpResponse<?> response, byte[] body) {
            return new Exchange(request.method(), request.uri(), request.headers(), requestBody,
                    response.statusCode(), response.headers(), body);
        }

        @Override
        public String toString() {
            return method + " " + uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + " → " + status;
        }
    }

    private record Route(String template, String[] segments, JsonNode item) {

        int literals() {
            int n = 0;
            for (String segment : segments) {
                n += isTemplate(segment) ? 0 : 1;
            }
            return n;
        }

        Map<String, String> match(String[] actual) {
            if (actual.length != segments.length) {
                return null;
            }
            var values = new LinkedHashMap<String, String>();
            for (int i = 0; i < actual.length; i++) {
                if (isTemplate(segments[i])) {
                    if (actual[i].isEmpty()) {
                        return null;
                    }
                    values.put(segments[i].substring(1, segments[i].length() - 1), actual[i]);
                } else if (!segments[i].equals(actual[i])) {
                    return null;
                }
            }
            return values;
        }

        private static boolean isTemplate(String segment) {
            return segment.startsWith("{") && segment.endsWith("}");
        }
    }

    private ApiContract(String documentJson) {
        this.document = JSON.readTree(documentJson);
        this.registry = SchemaRegistry.withDialect(Dialects.getOpenApi31(), builder -> builder
                .schemas(Map.of(DOCUMENT_IRI, documentJson))
                .schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        var paths = document.path("paths");
        for (var name : paths.propertyNames()) {
            routes.add(new Route(name, segments(name), paths.get(name)));
        }
        // the most literal template first: /exports/counts before /exports/{id}
        routes.sort((a, b) -> Integer.compare(b.literals(), a.literals()));
    }

    /** The contract of a document given as JSON text. */
    public static ApiContract parse(String documentJson) {
        return new ApiContract(documentJson);
    }

    /** The document of the platform at {@code base}, fetched once. */
    public static ApiContract of(String base, HttpClient client) {
        return FETCHED.computeIfAbsent(base, b -> {
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create(b + "/v3/api-docs")).GET().build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                if (response.statusCode() != 200) {
                    throw new AssertionError("GET /v3/api-docs answered " + response.statusCode());
                }
                return parse(response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        });
    }

    /** Whether the contract speaks about this request at all (the JSON API). */
    public static boolean covers(URI uri) {
        return uri.getRawPath() != null && uri.getRawPath().startsWith("/api/");
    }

    /** Throws an AssertionError naming every way the exchange breaks the document. */
    public void verify(Exchange exchange) {
        var violations = violations(exchange);
        if (!violations.isEmpty()) {
            throw new AssertionError("The answer to " + exchange + " breaks the OpenAPI document:\n  - "
                    + String.join("\n  - ", violations) + "\n  answer: " + preview(exchange.responseBody()));
        }
    }

    /** Appends every way the exchange breaks the document to {@code file}, one line each (to survey a run). */
    public void survey(Exchange exchange, java.nio.file.Path file) {
        var lines = violations(exchange).stream().map(v -> exchange + "\t" + v.replace('\n', ' ') + "\n").toList();
        try {
            java.nio.file.Files.writeString(file, String.join("", lines), StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How the exchange breaks the document; empty when it keeps it. */
    public List<String> violations(Exchange exchange) {
        var violations = new ArrayList<String>();
        String[] actual = segments(exchange.uri().getRawPath());
        String method = exchange.method().toLowerCase(Locale.ROOT);
        boolean accepted = exchange.status() >= 200 && exchange.status() < 300;
        for (var route : routes) {
            var pathValues = route.match(actual);
            if (pathValues == null) {
                continue;
            }
            JsonNode operation = route.item().get(method);
            if (operation == null) {
                break;
            }
            String pointer = "/paths/" + escape(route.template()) + "/" + method;
            if (accepted) {
                checkRequest(exchange, route, operation, pointer, pathValues, violations);
            }
            checkResponse(exchange, operation, pointer, violations);
            return violations;
        }
        if (accepted || exchange.status() < 400) {
            violations.add("no documented operation " + exchange.method() + " " + exchange.uri().getRawPath()
                    + " answers " + exchange.status());
        } else {
            checkUndocumentedRefusal(exchange, violations);
        }
        return violations;
    }

    private void checkRequest(Exchange exchange, Route route, JsonNode operation, String pointer,
                              Map<String, String> pathValues, List<String> violations) {
        var query = query(exchange.uri().getRawQuery());
        var documentedQuery = new ArrayList<String>();
        var parameters = parameters(route, operation, pointer);
        for (var parameter : parameters.entrySet()) {
            JsonNode definition = parameter.getValue();
            String name = definition.path("name").asString();
            String in = definition.path("in").asString();
            String schemaPointer = parameter.getKey() + "/schema";
            List<String> values = switch (in) {
                case "path" -> pathValues.containsKey(name) ? List.of(pathValues.get(name)) : List.of();
                case "query" -> {
                    documentedQuery.add(name);
                    yield query.getOrDefault(name, List.of());
                }
                case "header" -> exchange.requestHeaders().allValues(name);
                default -> List.of();
            };
            if (values.isEmpty()) {
                if (definition.path("required").asBoolean(false)) {
                    violations.add("accepted without the required " + in + " parameter '" + name + "'");
                }
                continue;
            }
            JsonNode schema = resolve(definition.path("schema"));
            JsonNode value = typesOf(schema).contains("array")
                    ? arrayOf(values, resolve(schema.path("items")))
                    : scalar(values.get(0), schema);
            for (var error : validate(schemaPointer, value)) {
                violations.add("accepted the " + in + " parameter '" + name + "' = " + values + " that the document"
                        + " forbids: " + error);
            }
        }
        for (var name : query.keySet()) {
            if (!documentedQuery.contains(name)) {
                violations.add("accepted the undocumented query parameter '" + name + "'");
            }
        }
        checkRequestBody(exchange, operation, pointer, violations);
        checkSecurity(exchange, operation, violations);
    }

    /** Path-item parameters overridden by the operation's own, by name and location. */
    private Map<String, JsonNode> parameters(Route route, JsonNode operation, String pointer) {
        var byKey = new LinkedHashMap<String, Map.Entry<String, JsonNode>>();
        String itemPointer = "/paths/" + escape(route.template());
        collect(route.item().path("parameters"), itemPointer + "/parameters", byKey);
        collect(operation.path("parameters"), pointer + "/parameters", byKey);
        var result = new LinkedHashMap<String, JsonNode>();
        byKey.values().forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    private void collect(JsonNode list, String pointer, Map<String, Map.Entry<String, JsonNode>> byKey) {
        for (int i = 0; i < list.size(); i++) {
            String at = pointer + "/" + i;
            JsonNode definition = list.get(i);
            if (definition.has("$ref")) {
                at = definition.get("$ref").asString().substring(1);
                definition = resolve(definition);
            }
            byKey.put(definition.path("in").asString() + ":" + definition.path("name").asString(), Map.entry(at, definition));
        }
    }

    private void checkRequestBody(Exchange exchange, JsonNode operation, String pointer, List<String> violations) {
        JsonNode body = resolve(operation.path("requestBody"));
        Optional<String> contentType = exchange.requestHeaders().firstValue("Content-Type");
        if (body.isMissingNode()) {
            if (exchange.requestBody() != null && !exchange.requestBody().isEmpty()) {
                violations.add("accepted a request body the operation does not document");
            }
            return;
        }
        if (contentType.isEmpty()) {
            if (body.path("required").asBoolean(false)) {
                violations.add("accepted a request without the required body");
            }
            return;
        }
        String mediaType = mediaType(contentType.get());
        String documented = matchingMediaType(body.path("content"), mediaType);
        if (documented == null) {
            violations.add("accepted a request body of type " + mediaType + "; documented: "
                    + body.path("content").propertyNames());
            return;
        }
        // 202: accepted for processing, which may still refuse the content (RFC 9110 §15.3.3); the
        // rows of a push are checked by the pipeline and quarantined, not refused by the request
        if (isJson(mediaType) && exchange.requestBody() != null && exchange.status() != 202) {
            JsonNode schema = body.path("content").path(documented).path("schema");
            if (!schema.isMissingNode()) {
                String schemaPointer = (operation.path("requestBody").has("$ref")
                        ? operation.path("requestBody").get("$ref").asString().substring(1)
                        : pointer + "/requestBody") + "/content/" + escape(documented) + "/schema";
                JsonNode value;
                try {
                    value = JSON.readTree(exchange.requestBody());
                } catch (RuntimeException e) {
                    violations.add("accepted a request body that is not JSON");
                    return;
                }
                for (var error : validate(schemaPointer, value)) {
                    violations.add("accepted a request body that the document forbids: " + error);
                }
            }
        }
    }

    private void checkSecurity(Exchange exchange, JsonNode operation, List<String> violations) {
        JsonNode requirements = operation.has("security") ? operation.get("security") : document.path("security");
        if (requirements.isMissingNode() || requirements.isEmpty()) {
            return;
        }
        var sent = new ArrayList<String>();
        for (var requirement : requirements) {
            boolean met = true;
            for (var scheme : requirement.propertyNames()) {
                met &= presents(exchange, document.path("components").path("securitySchemes").path(scheme));
            }
            if (met) {
                return;
            }
        }
        if (exchange.requestHeaders().firstValue("Authorization").isPresent()) {
            sent.add("Authorization: " + exchange.requestHeaders().firstValue("Authorization").get().split(" ")[0]);
        }
        exchange.requestHeaders().firstValue("X-Api-Key").ifPresent(k -> sent.add("X-Api-Key"));
        exchange.requestHeaders().firstValue("Cookie").ifPresent(c -> sent.add("Cookie"));
        violations.add("accepted credentials of no declared security requirement " + requirements + "; sent: " + sent);
    }

    private static boolean presents(Exchange exchange, JsonNode scheme) {
        String type = scheme.path("type").asString();
        if ("http".equals(type)) {
            String prefix = scheme.path("scheme").asString().toLowerCase(Locale.ROOT) + " ";
            return exchange.requestHeaders().firstValue("Authorization")
                    .map(v -> v.toLowerCase(Locale.ROOT).startsWith(prefix)).orElse(false);
        }
        if ("apiKey".equals(type)) {
            String name = scheme.path("name").asString();
            return switch (scheme.path("in").asString()) {
                case "header" -> exchange.requestHeaders().firstValue(name).isPresent();
                case "query" -> query(exchange.uri().getRawQuery()).containsKey(name);
                case "cookie" -> exchange.requestHeaders().allValues("Cookie").stream()
                        .anyMatch(c -> (";" + c.replace(" ", "")).contains(";" + name + "="));
                default -> false;
            };
        }
        return false;
    }

    private void checkResponse(Exchange exchange, JsonNode operation, String pointer, List<String> violations) {
        JsonNode responses = operation.path("responses");
        String status = Integer.toString(exchange.status());
        String key = responses.has(status) ? status
                : responses.has(status.charAt(0) + "XX") ? status.charAt(0) + "XX"
                : responses.has("default") ? "default" : null;
        if (key == null) {
            violations.add("status " + status + " is not documented; documented: " + responses.propertyNames());
            return;
        }
        String responsePointer = responses.get(key).has("$ref")
                ? responses.get(key).get("$ref").asString().substring(1)
                : pointer + "/responses/" + key;
        checkContent(exchange, resolve(responses.get(key)).path("content"), responsePointer + "/content", violations);
    }

    private void checkUndocumentedRefusal(Exchange exchange, List<String> violations) {
        JsonNode problem = document.path("components").path("schemas").path("Problem");
        if (exchange.responseBody().length == 0 || problem.isMissingNode()) {
            return;
        }
        var content = NODES.objectNode();
        content.putObject("application/problem+json").putObject("schema").put("$ref", "#/components/schemas/Problem");
        checkContent(exchange, content, null, violations);
    }

    private void checkContent(Exchange exchange, JsonNode content, String pointer, List<String> violations) {
        byte[] body = exchange.responseBody();
        boolean hasContent = content.isObject() && !content.isEmpty();
        if (body.length == 0) {
            if (hasContent && exchange.status() != 204 && !"HEAD".equals(exchange.method())) {
                violations.add("empty answer; documented: " + content.propertyNames());
            }
            return;
        }
        if (!hasContent) {
            violations.add("answered a body the document does not mention ("
                    + exchange.responseHeaders().firstValue("Content-Type").orElse("no Content-Type") + ")");
            return;
        }
        String mediaType = exchange.responseHeaders().firstValue("Content-Type").map(ApiContract::mediaType).orElse("");
        String documented = matchingMediaType(content, mediaType);
        if (documented == null) {
            violations.add("answered " + (mediaType.isEmpty() ? "no Content-Type" : mediaType) + "; documented: "
                    + content.propertyNames());
            return;
        }
        JsonNode schema = content.path(documented).path("schema");
        if (!isJson(mediaType) || schema.isMissingNode()) {
            return;
        }
        JsonNode value;
        try {
            value = JSON.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            violations.add("answered " + mediaType + " that is not JSON");
            return;
        }
        var errors = pointer == null ? validateNode(schema, value)
                : validate(pointer + "/" + escape(documented) + "/schema", value);
        for (var error : errors) {
            violations.add("answered a body the document forbids: " + error);
        }
    }

    private List<String> validate(String pointer, JsonNode value) {
        Schema schema = schemas.computeIfAbsent(pointer,
                p -> registry.getSchema(SchemaLocation.of(DOCUMENT_IRI + "#" + p)));
        return describe(schema.validate(value));
    }

    private List<String> validateNode(JsonNode schemaNode, JsonNode value) {
        if (schemaNode.has("$ref") && schemaNode.size() == 1) {
            return validate(schemaNode.get("$ref").asString().substring(1), value);
        }
        throw new IllegalArgumentException("Only references are validated outside the document: " + schemaNode);
    }

    private static List<String> describe(List<Error> errors) {
        var described = new ArrayList<String>();
        for (var error : errors) {
            if (described.size() == MAX_ERRORS) {
                described.add("… and " + (errors.size() - MAX_ERRORS) + " more");
                break;
            }
            described.add(error.getInstanceLocation() + ": " + error.getMessage());
        }
        return described;
    }

    private JsonNode resolve(JsonNode node) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref") && hops < 10; hops++) {
            String ref = current.get("$ref").asString();
            if (!ref.startsWith("#/")) {
                return current;
            }
            current = document.at(ref.substring(1));
        }
        return current;
    }

    private static List<String> typesOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        var types = new ArrayList<String>();
        if (type.isString()) {
            types.add(type.asString());
        } else if (type.isArray()) {
            type.forEach(t -> types.add(t.asString()));
        }
        return types;
    }

    private JsonNode arrayOf(List<String> values, JsonNode items) {
        ArrayNode array = NODES.arrayNode();
        for (var value : values) {
            for (var part : value.split(",", -1)) {
                array.add(scalar(part, items));
            }
        }
        return array;
    }

    /** A parameter's text as the JSON value its schema's type asks for (text when it is not one). */
    private static JsonNode scalar(String text, JsonNode schema) {
        var types = typesOf(schema);
        try {
            if (types.contains("integer")) {
                return NODES.numberNode(new BigDecimal(text).toBigIntegerExact());
            }
            if (types.contains("number")) {
                return NODES.numberNode(new BigDecimal(text));
            }
        } catch (NumberFormatException | ArithmeticException e) {
            return NODES.stringNode(text);
        }
        if (types.contains("boolean") && ("true".equals(text) || "false".equals(text))) {
            return NODES.booleanNode(Boolean.parseBoolean(text));
        }
        return NODES.stringNode(text);
    }

    private static String matchingMediaType(JsonNode content, String mediaType) {
        Iterator<String> names = content.propertyNames().iterator();
        String wildcard = null;
        while (names.hasNext()) {
            String name = names.next();
            String documented = mediaType(name);
            if (documented.equals(mediaType)) {
                return name;
            }
            if (documented.equals("*/*") || (documented.endsWith("/*")
                    && mediaType.startsWith(documented.substring(0, documented.length() - 1)))) {
                wildcard = name;
            }
        }
        return wildcard;
    }

    private static String mediaType(String contentType) {
        return contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals("application/json") || mediaType.endsWith("+json");
    }

    private static String[] segments(String path) {
        String trimmed = path.endsWith("/") && path.length() > 1 ? path.substring(0, path.length() - 1) : path;
        String[] raw = trimmed.split("/", -1);
        for (int i = 0; i < raw.length; i++) {
            raw[i] = percentDecode(raw[i]);
        }
        return raw;
    }

    private static Map<String, List<String>> query(String rawQuery) {
        var values = new LinkedHashMap<String, List<String>>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return values;
        }
        for (var pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = formDecode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : formDecode(pair.substring(eq + 1));
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return values;
    }

    private static String formDecode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private static String percentDecode(String segment) {
        if (segment.indexOf('%') < 0) {
            return segment;
        }
        var bytes = new ByteArrayOutputStream();
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '%' && i + 2 < segment.length()) {
                try {
                    bytes.write(Integer.parseInt(segment.substring(i + 1, i + 3), 16));
                    i += 2;
                    continue;
                } catch (NumberFormatException e) {
                    return segment;
                }
            }
            bytes.writeBytes(Character.toString(c).getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /** JSON Pointer escaping of one reference token. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String preview(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8);
        return text.length() > 600 ? text.substring(0, 600) + "…" : text;
    }
}
