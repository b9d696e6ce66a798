package cn.gov.amr.credit.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Supplier;

import cn.gov.amr.credit.identity.ApiKeys;
import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccounts;

/**
 * HTTP clients for every kind of caller of a role matrix test. API calls authenticate per request
 * (HTTP Basic or a department key); pages use a signed-in session, kept per caller. A department key
 * is a credential of the JSON API only: pages treat its holder as anonymous.
 */
public final class CallerClients {

    /** Who calls. */
    public enum Caller { ANONYMOUS, ADMIN, OFFICER, REVIEWER, AUDITOR, DEPARTMENT }

    private final Supplier<TestHttp> http;
    private final UserAccounts accounts;
    private final ApiKeys keys;
    private final Map<Caller, TestHttp> sessions = new EnumMap<>(Caller.class);

    /** Also makes sure the fixture users of every role and the department key exist. */
    public CallerClients(Supplier<TestHttp> http, UserAccounts accounts, ApiKeys keys) {
        this.http = http;
        this.accounts = accounts;
        this.keys = keys;
        for (Role role : java.util.List.of(Role.OFFICER, Role.REVIEWER, Role.AUDITOR)) {
            Fixtures.user(accounts, role);
        }
        Fixtures.departmentKey(keys);
    }

    public TestHttp client(Caller caller, boolean page) {
        if (caller == Caller.ANONYMOUS) {
            return http.get();
        }
        if (caller == Caller.DEPARTMENT) {
            return page ? http.get() : http.get().apiKey(Fixtures.departmentKey(keys));
        }
        String user = caller == Caller.ADMIN ? "admin" : Fixtures.user(accounts, Role.valueOf(caller.name()));
        String password = caller == Caller.ADMIN ? PlatformIntegrationTest.ADMIN_PASSWORD : Fixtures.PASSWORD;
        if (!page) {
            return http.get().basic(user, password);
        }
        return sessions.computeIfAbsent(caller, c -> {
            var session = http.get();
            assertThat(session.signIn(user, password).statusCode()).isEqualTo(302);
            return session;
        });
    }
}
