package cn.gov.amr.credit.identity;

import java.time.Instant;
import java.util.Set;

/**
 * A user as others may see it (never the password hash).
 *
 * @param department   the officer's department, or null
 * @param jurisdiction code of the officer's jurisdiction, or null
 */
public record UserAccount(String username, String displayName, Set<Role> roles, String department,
                          String jurisdiction, boolean enabled, Instant createdAt, Instant updatedAt, int version) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
