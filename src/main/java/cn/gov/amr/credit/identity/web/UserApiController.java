package cn.gov.amr.credit.identity.web;

import java.net.URI;
import java.time.Instant;
import java.util.Set;

import cn.gov.amr.credit.identity.Jurisdiction;
import cn.gov.amr.credit.identity.NewUser;
import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccount;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.identity.model.UserChange;
import cn.gov.amr.credit.shared.IfMatch;
import cn.gov.amr.credit.shared.Paged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Users", description = "Users, roles and jurisdictions")
class UserApiController {

    private final UserAccounts accounts;

    UserApiController(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** A user as the API shows it. {@code version} is also sent as the ETag. */
    record UserView(String username, String displayName, Set<Role> roles, String department, String jurisdiction,
                    boolean enabled, Instant createdAt, Instant updatedAt, int version) {
        static UserView of(UserAccount a) {
            return new UserView(a.username(), a.displayName(), a.roles(), a.department(), a.jurisdiction(),
                    a.enabled(), a.createdAt(), a.updatedAt(), a.version());
        }
    }

    record CreateUserRequest(String username, String displayName, String password, Set<Role> roles,
                             String department, String jurisdiction) {
    }

    record UpdateUserRequest(String displayName, Set<Role> roles, String department, String jurisdiction,
                             Boolean enabled) {
    }

    record PasswordRequest(String password) {
    }

    @GetMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "List users (ADMIN)")
    Paged<UserView> list() {
        return Paged.whole(accounts.all().stream().map(UserView::of).toList());
    }

    @PostMapping("/users")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create a user with roles, department and jurisdiction (ADMIN)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<UserView> create(@RequestBody CreateUserRequest request) {
        var created = accounts.create(new NewUser(request.username(), request.displayName(), request.password(),
                request.roles(), request.department(), request.jurisdiction()));
        return ResponseEntity.created(URI.create("/api/v1/users/" + created.username()))
                .eTag(Integer.toString(created.version())).body(UserView.of(created));
    }

    @GetMapping("/users/{username}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "One user (ADMIN); the ETag is the version")
    ResponseEntity<UserView> get(@PathVariable String username) {
        var user = accounts.find(username);
        return ResponseEntity.ok().eTag(Integer.toString(user.version())).body(UserView.of(user));
    }

    @PutMapping("/users/{username}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Change roles, jurisdiction, department, name or enabled (ADMIN); If-Match optional, 412 when stale")
    ResponseEntity<UserView> update(@PathVariable String username, @RequestBody UpdateUserRequest request,
                                    @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var current = accounts.find(username);
        var change = new UserChange(
                request.displayName() != null ? request.displayName() : current.displayName(),
                request.roles() != null ? request.roles() : current.roles(),
                request.department() != null ? request.department() : current.department(),
                request.jurisdiction() != null ? request.jurisdiction() : current.jurisdiction(),
                request.enabled() != null ? request.enabled() : current.enabled());
        var updated = accounts.update(username, change, IfMatch.version(ifMatch));
        return ResponseEntity.ok().eTag(Integer.toString(updated.version())).body(UserView.of(updated));
    }

    @PutMapping("/users/{username}/password")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Set a user's password and lift its lockouts (ADMIN)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> password(@PathVariable String username, @RequestBody PasswordRequest request) {
        accounts.changePassword(username, request.password());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/jurisdictions")
    @PreAuthorize("isAuthenticated()")
    @Operation(summary = "The grassroots branches (jurisdictions)")
    Paged<Jurisdiction> jurisdictions() {
        return Paged.whole(accounts.jurisdictions());
    }
}
