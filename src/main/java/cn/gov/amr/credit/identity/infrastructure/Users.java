package cn.gov.amr.credit.identity.infrastructure;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccount;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code identity.users} table. */
@Repository
public class Users {

    private final JdbcClient jdbc;

    Users(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored user with its password hash, for sign-in only. */
    public record StoredUser(UserAccount account, String passwordHash) {
    }

    /** Inserts the user unless the name is taken; true if inserted. */
    public boolean insert(UserAccount user, String passwordHash) {
        return jdbc.sql("""
                        insert into identity.users (username, display_name, password_hash, roles, department, jurisdiction,
                                                    enabled, created_at, updated_at, version)
                        values (:username, :displayName, :hash, string_to_array(:roles, ','), :department, :jurisdiction,
                                :enabled, :now, :now, 0)
                        on conflict (username) do nothing""")
                .param("username", user.username()).param("displayName", user.displayName())
                .param("hash", passwordHash).param("roles", rolesText(user.roles()))
                .param("department", user.department()).param("jurisdiction", user.jurisdiction())
                .param("enabled", user.enabled()).param("now", Timestamp.from(user.createdAt()))
                .update() == 1;
    }

    /** Updates profile fields if the stored version is {@code expectedVersion}; true if updated. */
    public boolean update(UserAccount user, int expectedVersion) {
        return jdbc.sql("""
                        update identity.users set display_name = :displayName, roles = string_to_array(:roles, ','),
                               department = :department, jurisdiction = :jurisdiction, enabled = :enabled,
                               updated_at = :now, version = version + 1
                        where username = :username and version = :version""")
                .param("username", user.username()).param("displayName", user.displayName())
                .param("roles", rolesText(user.roles())).param("department", user.department())
                .param("jurisdiction", user.jurisdiction()).param("enabled", user.enabled())
                .param("now", Timestamp.from(user.updatedAt())).param("version", expectedVersion)
                .update() == 1;
    }

    public void updatePassword(String username, String passwordHash, Instant at) {
        jdbc.sql("update identity.users set password_hash = ?, updated_at = ?, version = version + 1 where username = ?")
                .params(passwordHash, Timestamp.from(at), username).update();
    }

    public Optional<UserAccount> find(String username) {
        return findStored(username).map(StoredUser::account);
    }

    public Optional<StoredUser> findStored(String username) {
        return jdbc.sql("select * from identity.users where username = ?").param(username)
                .query((rs, n) -> new StoredUser(map(rs), rs.getString("password_hash"))).optional();
    }

    public List<UserAccount> all() {
        return jdbc.sql("select * from identity.users order by username").query((rs, n) -> map(rs)).list();
    }

    public long countEnabledWithRole(Role role) {
        return jdbc.sql("select count(*) from identity.users where enabled and ? = any(roles)")
                .param(role.name()).query(Long.class).single();
    }

    private static String rolesText(Set<Role> roles) {
        return roles.stream().map(Role::name).sorted().collect(Collectors.joining(","));
    }

    private static UserAccount map(ResultSet rs) throws SQLException {
        Array array = rs.getArray("roles");
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream((String[]) array.getArray()).map(Role::valueOf).forEach(roles::add);
        return new UserAccount(rs.getString("username"), rs.getString("display_name"), roles,
                rs.getString("department"), rs.getString("jurisdiction"), rs.getBoolean("enabled"),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("updated_at").toInstant(),
                rs.getInt("version"));
    }
}
