package cn.gov.amr.credit.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import cn.gov.amr.credit.audit.AuditActions;
import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.identity.infrastructure.SignInFailures;
import cn.gov.amr.credit.identity.infrastructure.Users;
import cn.gov.amr.credit.identity.model.UserChange;
import cn.gov.amr.credit.identity.security.IdentitySettings;
import cn.gov.amr.credit.shared.Refusal.FieldProblem;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and changing users. Every change is audited in the same transaction. Refusals name the
 * field and a machine code ({@code USERNAME_TAKEN}, {@code JURISDICTION_UNKNOWN}, {@code LAST_ADMIN} …).
 */
@Service
public class UserAccounts {

    /** The longest user name an account may have; a longer name is no account's. */
    public static final int MAX_USERNAME_LENGTH = 40;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2," + (MAX_USERNAME_LENGTH - 1) + "}");

    private final Users users;
    private final SignInFailures failures;
    private final PasswordEncoder passwords;
    private final AuditLog audit;
    private final IdentitySettings settings;
    private final Clock clock;

    UserAccounts(Users users, SignInFailures failures, PasswordEncoder passwords, AuditLog audit,
                 IdentitySettings settings, Clock clock) {
        this.users = users;
        this.failures = failures;
        this.passwords = passwords;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public UserAccount create(NewUser request) {
        var problems = new ArrayList<FieldProblem>();
        if (request.username() == null || !USERNAME.matcher(request.username()).matches()) {
            problems.add(new FieldProblem("$.username", "USERNAME_FORMAT"));
        }
        PasswordPolicy.check(request.password(), "$.password").ifPresent(problems::add);
        problems.addAll(profileProblems(request.displayName(), request.roles(), request.department(),
                request.jurisdiction()));
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_USER", problems);
        }
        var now = clock.instant();
        var account = new UserAccount(request.username(), request.displayName().trim(), EnumSet.copyOf(request.roles()),
                blankToNull(request.department()), blankToNull(request.jurisdiction()), true, now, now, 0);
        if (!users.insert(account, passwords.encode(request.password()))) {
            throw new Refusal(Refusal.Kind.CONFLICT, "USERNAME_TAKEN", request.username());
        }
        audit.record(AuditActions.USER_CREATED, account.username(), describe(account));
        return account;
    }

    /**
     * Changes a user's profile. {@code expectedVersion} guards against overwriting a change made
     * meanwhile (null: no check). The last enabled ADMIN cannot lose the role or be disabled.
     */
    @Transactional
    public UserAccount update(String username, UserChange change, Integer expectedVersion) {
        var current = find(username);
        var problems = profileProblems(change.displayName(), change.roles(), change.department(), change.jurisdiction());
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_USER", problems);
        }
        if (expectedVersion != null && expectedVersion != current.version()) {
            throw new Refusal(Refusal.Kind.PRECONDITION_FAILED, "STALE_VERSION", current.version());
        }
        boolean losesAdmin = current.has(Role.ADMIN) && current.enabled()
                && (!change.roles().contains(Role.ADMIN) || !change.enabled());
        if (losesAdmin && users.countEnabledWithRole(Role.ADMIN) <= 1) {
            throw new Refusal(Refusal.Kind.CONFLICT, "LAST_ADMIN");
        }
        var changed = new UserAccount(username, change.displayName().trim(), EnumSet.copyOf(change.roles()),
                blankToNull(change.department()), blankToNull(change.jurisdiction()), change.enabled(),
                current.createdAt(), clock.instant(), current.version() + 1);
        if (!users.update(changed, current.version())) {
            throw new Refusal(Refusal.Kind.PRECONDITION_FAILED, "STALE_VERSION", current.version());
        }
        audit.record(AuditActions.USER_CHANGED, username, differences(current, changed));
        return changed;
    }

    /** Sets a new password (by an ADMIN) and lifts every lockout of the account. */
    @Transactional
    public void changePassword(String username, String newPassword) {
        find(username);
        PasswordPolicy.check(newPassword, "$.password").ifPresent(p -> {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_PASSWORD", List.of(p));
        });
        users.updatePassword(username, passwords.encode(newPassword), clock.instant());
        failures.clearAll(username);
        audit.record(AuditActions.PASSWORD_CHANGED, username, Map.of());
    }

    @Transactional(readOnly = true)
    public UserAccount find(String username) {
        return users.find(username).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "USER_NOT_FOUND", username));
    }

    @Transactional(readOnly = true)
    public Optional<UserAccount> findOptional(String username) {
        return users.find(username);
    }

    @Transactional(readOnly = true)
    public List<UserAccount> all() {
        return users.all();
    }

    /** The configured jurisdictions, in order. */
    public List<Jurisdiction> jurisdictions() {
        return settings.jurisdictions();
    }

    private List<FieldProblem> profileProblems(String displayName, Set<Role> roles, String department,
                                               String jurisdiction) {
        var problems = new ArrayList<FieldProblem>();
        if (displayName == null || displayName.isBlank() || displayName.length() > 60) {
            problems.add(new FieldProblem("$.displayName", "DISPLAY_NAME_REQUIRED"));
        }
        if (roles == null || roles.isEmpty()) {
            problems.add(new FieldProblem("$.roles", "ROLES_REQUIRED"));
        } else if (roles.contains(Role.DEPARTMENT)) {
            problems.add(new FieldProblem("$.roles", "DEPARTMENT_ROLE_IS_FOR_KEYS"));
        }
        boolean officer = roles != null && roles.contains(Role.OFFICER);
        if (officer && (department == null || department.isBlank())) {
            problems.add(new FieldProblem("$.department", "OFFICER_NEEDS_DEPARTMENT"));
        }
        if (officer && (jurisdiction == null || jurisdiction.isBlank())) {
            problems.add(new FieldProblem("$.jurisdiction", "OFFICER_NEEDS_JURISDICTION"));
        } else if (jurisdiction != null && !jurisdiction.isBlank()
                && settings.jurisdictions().stream().noneMatch(j -> j.code().equals(jurisdiction))) {
            problems.add(new FieldProblem("$.jurisdiction", "JURISDICTION_UNKNOWN", List.of(jurisdiction)));
        }
        return problems;
    }

    private static Map<String, String> describe(UserAccount account) {
        var details = new LinkedHashMap<String, String>();
        details.put("roles", account.roles().toString());
        details.put("department", Objects.toString(account.department(), ""));
        details.put("jurisdiction", Objects.toString(account.jurisdiction(), ""));
        details.put("enabled", Boolean.toString(account.enabled()));
        return details;
    }

    private static Map<String, String> differences(UserAccount before, UserAccount after) {
        var details = new LinkedHashMap<String, String>();
        compare(details, "displayName", before.displayName(), after.displayName());
        compare(details, "roles", before.roles().toString(), after.roles().toString());
        compare(details, "department", before.department(), after.department());
        compare(details, "jurisdiction", before.jurisdiction(), after.jurisdiction());
        compare(details, "enabled", Boolean.toString(before.enabled()), Boolean.toString(after.enabled()));
        return details;
    }

    private static void compare(Map<String, String> details, String field, String before, String after) {
        if (!Objects.equals(before, after)) {
            details.put(field, Objects.toString(before, "") + " → " + Objects.toString(after, ""));
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
