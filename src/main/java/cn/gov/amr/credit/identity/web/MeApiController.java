package cn.gov.amr.credit.identity.web;

import java.util.List;

import cn.gov.amr.credit.identity.ApiClient;
import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccounts;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Users")
class MeApiController {

    private final UserAccounts accounts;

    MeApiController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** Who the caller is: a user (with department and jurisdiction) or a department client. */
    record Me(String name, @Schema(allowableValues = {"USER", "API_CLIENT"}) String kind,
              @ArraySchema(schema = @Schema(implementation = Role.class)) List<String> roles, String department,
              String jurisdiction) {
    }

    @GetMapping("/api/v1/me")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The calling user or department client")
    Me me(Authentication authentication) {
        var roles = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).sorted().toList();
        if (authentication.getPrincipal() instanceof ApiClient client) {
            return new Me(client.clientName(), "API_CLIENT", roles, client.department(), null);
        }
        var user = accounts.find(authentication.getName());
        return new Me(user.username(), "USER", roles, user.department(), user.jurisdiction());
    }
}
