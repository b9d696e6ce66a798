package cn.gov.amr.credit.web.openapi;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.parameters.QueryParameter;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document: its description, its two ways to authenticate, and what keeps it true for
 * every operation (nullability, security requirements and refusals are derived, not written by hand;
 * the API tests validate their own traffic against it).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASIC = OperationSecurity.BASIC;
    static final String API_KEY = OperationSecurity.API_KEY;
    static final String SESSION = OperationSecurity.SESSION;

    @Bean
    NullableRecordComponents nullableRecordComponents() {
        return new NullableRecordComponents();
    }

    @Bean
    OperationSecurity operationSecurity() {
        return new OperationSecurity();
    }

    @Bean
    ProblemAnswers problemAnswers() {
        return new ProblemAnswers();
    }

    /** Every operation takes {@code ?lang=} (see {@code LocaleConfiguration}); an unknown language is ignored. */
    @Bean
    OpenApiCustomizer languageParameter() {
        return openApi -> {
            if (openApi.getPaths() != null) {
                openApi.getPaths().values().forEach(item -> item.readOperations().forEach(operation -> {
                    if (operation.getParameters() == null
                            || operation.getParameters().stream().noneMatch(p -> "lang".equals(p.getName()))) {
                        operation.addParametersItem(new QueryParameter().name("lang").required(false)
                                .description("Language of messages: `zh-CN` (default) or `en`; remembered in a cookie")
                                .schema(new JsonSchema().types(java.util.Set.of("string")).examples(
                                        java.util.List.of("en", "zh-CN"))));
                    }
                }));
            }
        };
    }

    @Bean
    OpenAPI platformOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Credit Supervision Platform API").version("v1")
                        .description("""
                                Users authenticate with HTTP Basic (or, in a browser, the session of the workbench); \
                                department clients with the `X-Api-Key` header (a key issued by an administrator, \
                                shown once). Each operation lists the schemes it takes. Paths under `/api/v1/public/` \
                                need no authentication. Errors are RFC 9457 problem details (`application/problem+json`) \
                                with a machine-readable `code` and, for bad input, `errors: [{field, code, message}]` \
                                where `field` is a JSON path such as `$.roles[0]`. Messages are Chinese unless \
                                `?lang=en` (or the `credit-lang=en` cookie) asks for English. Instants are ISO-8601 \
                                with an offset; legal dates are dates in Asia/Shanghai."""))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Users: user name and password"))
                        .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Api-Key")
                                .description("Department clients: the key an administrator issued"))
                        .addSecuritySchemes(SESSION, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.COOKIE).name("SESSION")
                                .description("Browsers: the session of a user signed in on /login (the workbench). "
                                        + "Requests that change anything must also send the CSRF token of the "
                                        + "session (header X-CSRF-TOKEN)")));
    }
}
