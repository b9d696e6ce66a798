package cn.gov.amr.credit.demo.lists;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs work as {@code system:demo} with the ADMIN role (the audit log records it), as the other demo steps do. */
final class AsDemo {

    static final String ACTOR = "system:demo";

    private AsDemo() {
    }

    static <T> T call(Supplier<T> work) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(ACTOR, null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            return work.get();
        } finally {
            context.setAuthentication(previous);
        }
    }
}
