package cn.gov.amr.credit.identity;

import java.util.Set;

/** New values for a user's name, roles, department, jurisdiction and enabled flag. */
public record UserChange(String displayName, Set<Role> roles, String department, String jurisdiction,
                         boolean enabled) {
}
