package cn.gov.amr.credit.web.openapi;

import java.util.Arrays;
import java.util.List;

import cn.gov.amr.credit.identity.Role;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.expression.EvaluationException;
import org.springframework.expression.ExpressionParser;
import org.springframework.expression.spel.standard.SpelExpressionParser;
import org.springframework.expression.spel.support.StandardEvaluationContext;
import org.springframework.security.access.expression.SecurityExpressionRoot;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.web.method.HandlerMethod;

/**
 * Declares per operation how a caller may authenticate, as the security configuration decides it:
 * nothing under {@code /api/v1/public/}; elsewhere HTTP Basic ({@code basicAuth}) or the workbench's
 * signed-in session ({@code session}, the {@code SESSION} cookie: the workbench links to the API, e.g.
 * to download an export) when a user's role passes the operation's {@code @PreAuthorize}, and a
 * department key ({@code apiKey}, header {@code X-Api-Key}) when the DEPARTMENT role passes it. An
 * operation without {@code @PreAuthorize} admits any authenticated caller.
 */
class OperationSecurity implements OperationCustomizer, OpenApiCustomizer {

    static final String BASIC = "basicAuth";
    static final String API_KEY = "apiKey";
    static final String SESSION = "session";
    static final String PUBLIC_PREFIX = "/api/v1/public/";
    private static final ExpressionParser PARSER = new SpelExpressionParser();

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        var rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
        if (rule == null) {
            rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
        }
        if (rule != null) {
            String expression = rule.value();
            boolean users = Arrays.stream(Role.values()).filter(r -> r != Role.DEPARTMENT)
                    .anyMatch(r -> admits(expression, r));
            boolean departments = admits(expression, Role.DEPARTMENT);
            operation.setSecurity(requirements(users, departments));
        }
        return operation;
    }

    /** Public paths need nothing; the rest, without a rule of their own, any authenticated caller. */
    @Override
    public void customise(OpenAPI openApi) {
        openApi.setSecurity(null);
        if (openApi.getPaths() == null) {
            return;
        }
        openApi.getPaths().forEach((path, item) -> item.readOperations().forEach(operation -> {
            if (path.startsWith(PUBLIC_PREFIX)) {
                operation.setSecurity(null);
            } else if (operation.getSecurity() == null) {
                operation.setSecurity(requirements(true, true));
            }
        }));
    }

    static boolean isPublic(String path) {
        return path.startsWith(PUBLIC_PREFIX);
    }

    private static List<SecurityRequirement> requirements(boolean users, boolean departments) {
        var requirements = new java.util.ArrayList<SecurityRequirement>();
        if (users) {
            requirements.add(new SecurityRequirement().addList(BASIC));
        }
        if (departments) {
            requirements.add(new SecurityRequirement().addList(API_KEY));
        }
        if (users) {
            requirements.add(new SecurityRequirement().addList(SESSION));
        }
        return requirements;
    }

    /** Whether a caller holding only {@code role} passes the expression. */
    private static boolean admits(String expression, Role role) {
        var caller = UsernamePasswordAuthenticationToken.authenticated(role.name(), null,
                AuthorityUtils.createAuthorityList(role.authority()));
        var root = new SecurityExpressionRoot<Object>(caller) {
        };
        try {
            return Boolean.TRUE.equals(PARSER.parseExpression(expression)
                    .getValue(new StandardEvaluationContext(root), Boolean.class));
        } catch (EvaluationException e) {
            return true;  // an expression about more than roles: the caller may well pass it
        }
    }
}
