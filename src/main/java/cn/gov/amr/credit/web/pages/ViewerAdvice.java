package cn.gov.amr.credit.web.pages;

import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the signed-in viewer (or none), for the navigation. */
@ControllerAdvice(annotations = Controller.class)
class ViewerAdvice {

    /**
     * @param name  user name, or null when anonymous
     * @param roles role names without the {@code ROLE_} prefix
     */
    record Viewer(String name, Set<String> roles) {
        public boolean signedIn() {
            return name != null;
        }

        public boolean has(String role) {
            return roles.contains(role);
        }
    }

    @ModelAttribute("viewer")
    Viewer viewer() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken
                || !authentication.isAuthenticated()) {
            return new Viewer(null, Set.of());
        }
        return new Viewer(authentication.getName(), authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5))
                .collect(Collectors.toSet()));
    }
}
