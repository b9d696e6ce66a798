package cn.gov.amr.credit.identity;

import java.util.EnumSet;
import java.util.Set;

import cn.gov.amr.credit.audit.AuditLog;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who the caller of the current request is, with the jurisdiction of a signed-in officer. */
@Service
public class Callers {

    private final UserAccounts accounts;

    Callers(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** The current caller; a caller with no roles when nobody is signed in. */
    @Transactional(readOnly = true)
    public Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        String address = AuditLog.currentClientAddress();
        if (authentication == null || !authentication.isAuthenticated()) {
            return new Caller("anonymous", Set.of(), null, null, address);
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority authority : authentication.getAuthorities()) {
            String name = authority.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                try {
                    roles.add(Role.valueOf(name.substring(5)));
                } catch (IllegalArgumentException ignored) {
                    // not one of ours (e.g. ROLE_ANONYMOUS)
                }
            }
        }
        if (authentication.getPrincipal() instanceof ApiClient client) {
            return new Caller(authentication.getName(), roles, client.department(), null, address);
        }
        return accounts.findOptional(authentication.getName())
                .map(user -> new Caller(user.username(), roles, user.department(), user.jurisdiction(), address))
                .orElse(new Caller(authentication.getName(), roles, null, null, address));
    }
}
