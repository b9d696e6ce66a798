package cn.gov.amr.credit.identity;

import java.util.Set;

/**
 * Whoever makes the current request: a user (with department and jurisdiction) or a department
 * client. Other modules ask {@link Callers#current()} and decide with it, never with raw roles.
 *
 * @param name         user name, or {@code api-client:<id>:<name>}
 * @param jurisdiction code of the officer's jurisdiction, or null
 */
public record Caller(String name, Set<Role> roles, String department, String jurisdiction, String clientAddress) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** ADMIN changes everything; an OFFICER only what lies in its own jurisdiction. */
    public boolean mayChangeIn(String entityJurisdiction) {
        return has(Role.ADMIN) || (has(Role.OFFICER) && jurisdiction != null && jurisdiction.equals(entityJurisdiction));
    }
}
