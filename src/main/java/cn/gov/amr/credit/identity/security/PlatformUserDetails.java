package cn.gov.amr.credit.identity.security;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccount;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A signed-in user as Spring Security keeps it in the (database-stored) session. */
final class PlatformUserDetails implements UserDetails {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String username;
    private final String passwordHash;
    private final boolean enabled;
    private final List<SimpleGrantedAuthority> authorities;

    PlatformUserDetails(UserAccount account, String passwordHash) {
        this.username = account.username();
        this.passwordHash = passwordHash;
        this.enabled = account.enabled();
        this.authorities = account.roles().stream().map(Role::authority).map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }
}
