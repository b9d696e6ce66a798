package cn.gov.amr.credit.web.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Documents the refusals every operation of the JSON API can answer, as RFC 9457 problem details
 * ({@code application/problem+json}, schema {@code Problem}), from what the operation is: any request
 * can be malformed (400) or throttled (429: the fair-use limit on public paths, sign-in throttling on
 * the others); a secured one can lack credentials (401) or a role (403); a state-changing one can lack
 * its CSRF token when sent with a session cookie (403) or conflict with the current state (409); one
 * whose path, query or body names something can name what does not exist (404); one with a body can
 * send it too large (413), in a type it does not take (415) or with content that cannot be processed
 * (422); one with {@code If-Match} can be stale (412). Refusals an operation declares itself keep
 * their description and get the problem content too.
 */
class ProblemAnswers implements OpenApiCustomizer {

    static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final Set<PathItem.HttpMethod> SAFE = Set.of(PathItem.HttpMethod.GET, PathItem.HttpMethod.HEAD,
            PathItem.HttpMethod.OPTIONS);

    @Override
    public void customise(OpenAPI openApi) {
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
            if (operation.getResponses() == null) {
                operation.setResponses(new ApiResponses());
            }
            expected(path, method, operation).forEach((status, description) ->
                    operation.getResponses().putIfAbsent(status, new ApiResponse().description(description)));
            operation.getResponses().forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    describe(status, response);
                }
            });
        }));
    }

    private static Map<String, String> expected(String path, PathItem.HttpMethod method, Operation operation) {
        boolean secured = !OperationSecurity.isPublic(path);
        boolean changes = !SAFE.contains(method);
        boolean body = operation.getRequestBody() != null;
        var refusals = new LinkedHashMap<String, String>();
        refusals.put("400", "The request is malformed, or a parameter or field is invalid (see `errors`)");
        if (secured) {
            refusals.put("401", "No credentials, wrong ones, or a locked account");
            refusals.put("403", "The caller's role may not do this, or the object lies outside its jurisdiction or "
                    + "department" + (changes ? "; or a CSRF token is missing (requests with a session cookie)" : ""));
        } else if (changes) {
            refusals.put("403", "A CSRF token is missing (requests that carry a session cookie)");
        }
        if (path.contains("{") || body || hasQuery(operation)) {
            refusals.put("404", "Something the path, a parameter or the body names does not exist");
        }
        if (changes) {
            refusals.put("409", "The change conflicts with the current state");
        }
        if (has(operation, "header", "If-Match")) {
            refusals.put("412", "The object was changed since the version named in If-Match");
        }
        if (body) {
            refusals.put("413", "The request body or file is too large");
            refusals.put("415", "The request body is not of a type this operation takes");
            refusals.put("422", "The request body cannot be processed");
        }
        refusals.put("429", secured ? "Too many failed sign-ins from this address; retry after `Retry-After` seconds"
                : "Over the fair-use limit for this address; retry after `Retry-After` seconds");
        return refusals;
    }

    /** Query parameters other than the language name something (a department, a period…). */
    private static boolean hasQuery(Operation operation) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null && parameters.stream()
                .anyMatch(p -> "query".equals(p.getIn()) && !"lang".equals(p.getName()));
    }

    private static boolean has(Operation operation, String in, String name) {
        List<Parameter> parameters = operation.getParameters();
        return parameters != null && parameters.stream()
                .anyMatch(p -> in.equals(p.getIn()) && name.equalsIgnoreCase(p.getName()));
    }

    private static void describe(String status, ApiResponse response) {
        if (response.getContent() == null || response.getContent().isEmpty()) {
            response.setContent(new Content().addMediaType(PROBLEM_JSON,
                    new MediaType().schema(new JsonSchema().$ref("#/components/schemas/" + PROBLEM))));
        }
        if ("401".equals(status)) {
            response.addHeaderObject("WWW-Authenticate", new Header().description("Basic realm=\"credit-platform\"")
                    .schema(new JsonSchema().types(Set.of("string"))));
        }
        if ("429".equals(status)) {
            response.addHeaderObject("Retry-After", new Header().description("Seconds to wait")
                    .schema(new JsonSchema().types(Set.of("integer"))));
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", text("A URI naming the kind of problem: `urn:credit:problem:<code in lower case>`"));
        properties.put("title", text("The HTTP status in words, in the caller's language"));
        properties.put("status", new JsonSchema().types(Set.of("integer")).description("The HTTP status"));
        properties.put("detail", text("What went wrong, in the caller's language (Chinese unless `lang=en`)"));
        properties.put("instance", text("The request's path"));
        properties.put("code", text("Machine-readable reason, such as `USER_EXISTS` or `ACCESS_DENIED`"));
        var fieldError = new JsonSchema().types(Set.of("object")).required(List.of("field", "code", "message"));
        fieldError.setProperties(new LinkedHashMap<>(Map.of(
                "field", text("JSON path of the field, such as `$.roles[0]`, or the parameter's name"),
                "code", text("Machine-readable reason, such as `NOT_BLANK`"),
                "message", text("What is wrong with it, in the caller's language"))));
        properties.put("errors", new JsonSchema().types(Set.of("array")).items(fieldError)
                .description("One entry per invalid field or parameter"));
        var schema = new JsonSchema().types(Set.of("object"))
                .description("RFC 9457 problem details with the platform's `code` and, for bad input, `errors`")
                .required(List.of("type", "title", "status", "code"));
        schema.setProperties((Map) properties);
        return schema;
    }

    private static Schema<?> text(String description) {
        return new JsonSchema().types(Set.of("string")).description(description);
    }
}
