package cn.gov.amr.credit.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import cn.gov.amr.credit.identity.ApiKeys;
import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.support.CallerClients;
import cn.gov.amr.credit.support.CallerClients.Caller;
import cn.gov.amr.credit.support.Fixtures;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The registry's endpoints against every kind of caller: everyone reads (a department with its key
 * included), only ADMIN and OFFICER write; the code check is public; the pages are for staff.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntityRolesTest extends PlatformIntegrationTest {


    private static final Set<Caller> ALL = EnumSet.allOf(Caller.class);
    private static final Set<Caller> READERS = EnumSet.of(Caller.ADMIN, Caller.OFFICER, Caller.REVIEWER,
            Caller.AUDITOR, Caller.DEPARTMENT);
    private static final Set<Caller> WRITERS = EnumSet.of(Caller.ADMIN, Caller.OFFICER);
    private static final Set<Caller> STAFF = EnumSet.of(Caller.ADMIN, Caller.OFFICER, Caller.REVIEWER, Caller.AUDITOR);

    /** An entity of the officer's jurisdiction, so that the officer may open its edit form. */
    private static final String CODE = RegistryTestData.creditCode();

    record Endpoint(String method, String path, String body, Set<Caller> allowed, boolean page) {
        @Override
        public String toString() {
            return method + " " + path.replace(CODE, "{code}");
        }
    }

    static List<Endpoint> endpoints() {
        return List.of(
                new Endpoint("GET", "/api/v1/public/code-check?code=" + CODE, null, ALL, false),
                new Endpoint("GET", "/api/v1/entities/" + CODE, null, READERS, false),
                new Endpoint("GET", "/api/v1/entities/" + CODE + "/history", null, READERS, false),
                new Endpoint("GET", "/api/v1/entities?q=" + CODE, null, READERS, false),
                new Endpoint("POST", "/api/v1/entities", "{}", WRITERS, false),
                new Endpoint("PUT", "/api/v1/entities/" + CODE, "{}", WRITERS, false),
                new Endpoint("GET", "/workbench/entities", null, STAFF, true),
                new Endpoint("GET", "/workbench/entities/" + CODE, null, STAFF, true),
                new Endpoint("GET", "/workbench/entities/new", null, WRITERS, true),
                new Endpoint("GET", "/workbench/entities/" + CODE + "/edit", null, WRITERS, true));
    }

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiKeys keys;

    private CallerClients callers;

    @BeforeAll
    void entityAndCallers() {
        callers = new CallerClients(this::http, accounts, keys);
        var created = http().basic("admin", ADMIN_PASSWORD).postJson("/api/v1/entities", RegistryTestData.json(
                RegistryTestData.fullEntity(CODE, RegistryTestData.han(4) + "公司", "PENCHENG",
                        RegistryTestData.residentId())));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    static Stream<Arguments> matrix() {
        var rows = new ArrayList<Arguments>();
        for (var endpoint : endpoints()) {
            for (var caller : Caller.values()) {
                rows.add(Arguments.of(endpoint, caller));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("matrix")
    void eachRegistryEndpointAdmitsExactlyItsCallers(Endpoint endpoint, Caller caller) {
        var response = callers.client(caller, endpoint.page()).send(endpoint.method(), endpoint.path(), endpoint.body());
        int status = response.statusCode();
        if (endpoint.allowed().contains(caller)) {
            assertThat(status).as("%s as %s: %s", endpoint, caller, response.body()).isNotIn(401, 403);
            if (endpoint.page() || endpoint.method().equals("GET")) {
                assertThat(status).as("%s as %s", endpoint, caller).isEqualTo(200);
            }
        } else if (caller == Caller.ANONYMOUS || (endpoint.page() && caller == Caller.DEPARTMENT)) {
            if (endpoint.page()) {
                assertThat(status).as("%s as %s", endpoint, caller).isEqualTo(302);
                assertThat(response.headers().firstValue("Location").orElse("")).endsWith("/login");
            } else {
                assertThat(status).as("%s as %s", endpoint, caller).isEqualTo(401);
            }
        } else {
            assertThat(status).as("%s as %s: %s", endpoint, caller, response.body()).isEqualTo(403);
        }
    }

    @Test
    void aDepartmentKeyReadsButCannotRegister() {
        var department = http().apiKey(Fixtures.departmentKey(keys));
        assertThat(department.get("/api/v1/entities/" + CODE).statusCode()).isEqualTo(200);
        var post = department.postJson("/api/v1/entities", RegistryTestData.json(RegistryTestData.entity(
                RegistryTestData.creditCode(), RegistryTestData.han(4) + "公司", "ENTERPRISE", null)));
        assertThat(post.statusCode()).isEqualTo(403);
        assertThat(post.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
    }

    @Test
    void aReviewerReadsButCannotRegisterOrChange() {
        var reviewer = http().basic(Fixtures.user(accounts, Role.REVIEWER), Fixtures.PASSWORD);
        assertThat(reviewer.get("/api/v1/entities/" + CODE).statusCode()).isEqualTo(200);
        String code = RegistryTestData.creditCode();
        var post = reviewer.postJson("/api/v1/entities", RegistryTestData.json(RegistryTestData.entity(code,
                RegistryTestData.han(4) + "公司", "ENTERPRISE", null)));
        assertThat(post.statusCode()).isEqualTo(403);
        var put = reviewer.putJson("/api/v1/entities/" + CODE, RegistryTestData.json(RegistryTestData.entity(CODE,
                RegistryTestData.han(4) + "公司", "ENTERPRISE", "PENCHENG")));
        assertThat(put.statusCode()).isEqualTo(403);
        assertThat(http().basic("admin", ADMIN_PASSWORD).get("/api/v1/entities/" + code).statusCode()).isEqualTo(404);
    }

}
