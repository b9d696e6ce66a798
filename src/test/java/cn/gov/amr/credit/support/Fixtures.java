package cn.gov.amr.credit.support;

import java.util.EnumSet;

import cn.gov.amr.credit.identity.ApiKeys;
import cn.gov.amr.credit.identity.NewUser;
import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccounts;

/** Users and keys for tests, created once per test JVM (the database is shared by all tests). */
public final class Fixtures {

    public static final String PASSWORD = "Test-Password-42";
    private static String departmentKey;

    private Fixtures() {
    }

    /** A user holding exactly {@code role}, named after it in lower case (e.g. {@code officer}). */
    public static synchronized String user(UserAccounts accounts, Role role) {
        String name = role.name().toLowerCase() + "-fixture";
        if (accounts.findOptional(name).isEmpty()) {
            boolean officer = role == Role.OFFICER;
            accounts.create(new NewUser(name, role.name() + " fixture", PASSWORD, EnumSet.of(role),
                    officer ? "Market supervision" : null, officer ? "PENCHENG" : null));
        }
        return name;
    }

    /** A department client's key. */
    public static synchronized String departmentKey(ApiKeys keys) {
        if (departmentKey == null) {
            departmentKey = keys.issue("Fixture department", "Health Commission").apiKey();
        }
        return departmentKey;
    }
}
