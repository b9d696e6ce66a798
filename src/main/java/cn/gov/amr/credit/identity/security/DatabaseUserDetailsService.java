package cn.gov.amr.credit.identity.security;

import cn.gov.amr.credit.identity.infrastructure.Users;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

@Component
class DatabaseUserDetailsService implements UserDetailsService {

    private final Users users;

    DatabaseUserDetailsService(Users users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.findStored(username)
                .map(stored -> new PlatformUserDetails(stored.account(), stored.passwordHash()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
