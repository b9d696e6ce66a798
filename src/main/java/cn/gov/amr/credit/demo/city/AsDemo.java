package cn.gov.amr.credit.demo.city;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs work as {@code system:demo} with the ADMIN role (the audit log records it): every demo step that acts through the platform's APIs. */
public final class AsDemo {

    public static final String ACTOR = "system:demo";

    private AsDemo() {
    }

    public static <T> T call(Supplier<T> work) {
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
