package cn.gov.amr.credit.identity.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import cn.gov.amr.credit.identity.ApiClient;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code identity.api_keys} table: SHA-256 of each key, never the key. */
@Repository
public class ApiKeyStore {

    private final JdbcClient jdbc;

    ApiKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(String clientName, String department, String keyPrefix, String keyHash, Instant at, String by) {
        return jdbc.sql("""
                        insert into identity.api_keys (client_name, department, key_prefix, key_hash, created_at, created_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(clientName, department, keyPrefix, keyHash, Timestamp.from(at), by)
                .query(Long.class).single();
    }

    public Optional<ApiClient> findActiveByHash(String keyHash) {
        return jdbc.sql("select * from identity.api_keys where key_hash = ? and revoked_at is null")
                .param(keyHash).query(ApiKeyStore::map).optional();
    }

    public Optional<ApiClient> find(long id) {
        return jdbc.sql("select * from identity.api_keys where id = ?").param(id).query(ApiKeyStore::map).optional();
    }

    public boolean revoke(long id, Instant at) {
        return jdbc.sql("update identity.api_keys set revoked_at = ? where id = ? and revoked_at is null")
                .params(Timestamp.from(at), id).update() == 1;
    }

    public List<ApiClient> all() {
        return jdbc.sql("select * from identity.api_keys order by id").query(ApiKeyStore::map).list();
    }

    private static ApiClient map(ResultSet rs, int row) throws SQLException {
        Timestamp revoked = rs.getTimestamp("revoked_at");
        return new ApiClient(rs.getLong("id"), rs.getString("client_name"), rs.getString("department"),
                rs.getString("key_prefix"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                revoked == null ? null : revoked.toInstant());
    }
}
