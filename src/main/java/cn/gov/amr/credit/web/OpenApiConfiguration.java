package cn.gov.amr.credit.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI document's description and its two ways to authenticate. */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String BASIC = "basicAuth";
    static final String API_KEY = "apiKey";

    @Bean
    OpenAPI platformOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Credit Supervision Platform API").version("v1")
                        .description("""
                                Users authenticate with HTTP Basic; department clients with the `X-Api-Key` header \
                                (a key issued by an administrator, shown once). Paths under `/api/v1/public/` need \
                                no authentication. Errors are RFC 9457 problem details (`application/problem+json`) \
                                with a machine-readable `code` and, for bad input, `errors: [{field, code, message}]` \
                                where `field` is a JSON path such as `$.roles[0]`. Messages are Chinese unless \
                                `?lang=en` (or the `credit-lang=en` cookie) asks for English. Instants are ISO-8601 \
                                with an offset; legal dates are dates in Asia/Shanghai."""))
                .components(new Components()
                        .addSecuritySchemes(BASIC, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes(API_KEY, new SecurityScheme().type(SecurityScheme.Type.APIKEY)
                                .in(SecurityScheme.In.HEADER).name("X-Api-Key")))
                .addSecurityItem(new SecurityRequirement().addList(BASIC))
                .addSecurityItem(new SecurityRequirement().addList(API_KEY));
    }
}
