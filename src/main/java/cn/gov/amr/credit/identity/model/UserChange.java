package cn.gov.amr.credit.identity.model;

import java.util.Set;

import cn.gov.amr.credit.identity.Role;

/** New values for a user's name, roles, department, jurisdiction and enabled flag. */
public record UserChange(String displayName, Set<Role> roles, String department, String jurisdiction,
                         boolean enabled) {
}
