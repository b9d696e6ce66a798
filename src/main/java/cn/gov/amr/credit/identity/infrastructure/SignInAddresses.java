package cn.gov.amr.credit.identity.infrastructure;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Failed sign-ins per client address (for the throttle) and across all addresses (for its global
 * ceiling), and what the next audit summary of each address will say. In the database, so that every
 * instance counts the same failures.
 */
@Repository
public class SignInAddresses {

    /** Width of the buckets the global count is kept in. */
    static final long BUCKET_SECONDS = 10;

    private final JdbcClient jdbc;

    SignInAddresses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What an address's failures since the last audit summary come to. */
    public record Unaudited(String clientAddress, int failures, long refusals, Instant since, List<String> userNames,
                            boolean moreUserNames) {
    }

    /** The address's failures after {@code since}, oldest first. */
    public List<Instant> failuresSince(String clientAddress, Instant since) {
        return jdbc.sql("""
                        select array(select t from unnest(failures) t where t > ? order by t)
                        from identity.sign_in_addresses where client_address = ?""")
                .params(Timestamp.from(since), clientAddress)
                .query((rs, n) -> instants(rs.getArray(1))).optional().orElse(List.of());
    }

    /** Failures of all addresses since about {@code since} (to the width of a bucket). */
    public long allFailuresSince(Instant since) {
        return jdbc.sql("select coalesce(sum(failures), 0) from identity.sign_in_failure_counts where bucket_start > ?")
                .param(Timestamp.from(since.minusSeconds(BUCKET_SECONDS)))
                .query(Long.class).single();
    }

    /**
     * Counts one failure of {@code clientAddress}: keeps its latest {@code keep} failures after
     * {@code windowStart}, adds it to the global count and to the address's next audit summary, naming
     * {@code shownUserName} there (up to {@code maxUserNames} distinct names).
     *
     * @return the address's failures within the window, oldest first
     */
    public List<Instant> recordFailure(String clientAddress, String shownUserName, Instant at, Instant windowStart,
                                       int keep, int maxUserNames) {
        Timestamp now = Timestamp.from(at.truncatedTo(ChronoUnit.MICROS));
        jdbc.sql("""
                        insert into identity.sign_in_failure_counts as c (bucket_start, failures) values (?, 1)
                        on conflict (bucket_start) do update set failures = c.failures + 1""")
                .param(Timestamp.from(Instant.ofEpochSecond(at.getEpochSecond() / BUCKET_SECONDS * BUCKET_SECONDS)))
                .update();
        return jdbc.sql("""
                        insert into identity.sign_in_addresses as a (client_address, failures, last_failure_at,
                            unaudited_failures, unaudited_since, unaudited_user_names)
                        values (:address, array[cast(:now as timestamptz)], :now, 1, :now, array[cast(:name as text)])
                        on conflict (client_address) do update set
                            failures = array(select t from (
                                    select t from unnest(a.failures || cast(:now as timestamptz)) t
                                    where t > :windowStart order by t desc limit :keep) latest order by t),
                            last_failure_at = :now,
                            unaudited_failures = a.unaudited_failures + 1,
                            unaudited_since = coalesce(a.unaudited_since, :now),
                            unaudited_user_names = case
                                when cast(:name as text) = any(a.unaudited_user_names) then a.unaudited_user_names
                                when cardinality(a.unaudited_user_names) >= :maxNames then a.unaudited_user_names
                                else a.unaudited_user_names || cast(:name as text) end,
                            unaudited_more_names = a.unaudited_more_names or (
                                cast(:name as text) <> all(a.unaudited_user_names)
                                and cardinality(a.unaudited_user_names) >= :maxNames)
                        returning failures""")
                .param("address", clientAddress).param("now", now).param("name", shownUserName)
                .param("windowStart", Timestamp.from(windowStart)).param("keep", keep)
                .param("maxNames", maxUserNames)
                .query((rs, n) -> instants(rs.getArray(1))).single();
    }

    /** Adds attempts refused unchecked to the address's next audit summary. */
    public void recordRefusals(String clientAddress, long refusals, Instant at) {
        Timestamp now = Timestamp.from(at.truncatedTo(ChronoUnit.MICROS));
        jdbc.sql("""
                        insert into identity.sign_in_addresses as a (client_address, last_failure_at, unaudited_refusals,
                            unaudited_since)
                        values (:address, :now, :refusals, :now)
                        on conflict (client_address) do update set
                            unaudited_refusals = a.unaudited_refusals + :refusals,
                            unaudited_since = coalesce(a.unaudited_since, :now)""")
                .param("address", clientAddress).param("now", now).param("refusals", refusals).update();
    }

    /**
     * Takes the summaries of addresses whose unaudited failures began at or before {@code dueAt},
     * starting them afresh. Rows another instance is taking are skipped; call within the transaction
     * that writes the summaries, so that a failed write gives them back.
     */
    public List<Unaudited> takeDue(Instant dueAt, int limit) {
        return jdbc.sql("""
                        with due as (
                            select client_address, unaudited_failures, unaudited_refusals, unaudited_since,
                                   unaudited_user_names, unaudited_more_names
                            from identity.sign_in_addresses
                            where unaudited_since <= ?
                            order by unaudited_since
                            limit ?
                            for update skip locked),
                        reset as (
                            update identity.sign_in_addresses a set unaudited_failures = 0, unaudited_refusals = 0,
                                unaudited_since = null, unaudited_user_names = '{}', unaudited_more_names = false
                            from due where a.client_address = due.client_address)
                        select * from due order by unaudited_since""")
                .params(Timestamp.from(dueAt), limit)
                .query((rs, n) -> unaudited(rs)).list();
    }

    /** Forgets addresses with no failure since {@code before} and nothing left to summarise. */
    public int purge(Instant before) {
        Timestamp cutoff = Timestamp.from(before);
        jdbc.sql("delete from identity.sign_in_failure_counts where bucket_start < ?").param(cutoff).update();
        return jdbc.sql("""
                        delete from identity.sign_in_addresses
                        where last_failure_at < ? and unaudited_since is null""")
                .param(cutoff).update();
    }

    /** The address's row, for tests and diagnostics. */
    public Optional<Unaudited> pendingSummary(String clientAddress) {
        return jdbc.sql("""
                        select client_address, unaudited_failures, unaudited_refusals, unaudited_since,
                               unaudited_user_names, unaudited_more_names
                        from identity.sign_in_addresses where client_address = ?""")
                .param(clientAddress).query((rs, n) -> unaudited(rs)).optional();
    }

    private static Unaudited unaudited(ResultSet rs) throws SQLException {
        Timestamp since = rs.getTimestamp("unaudited_since");
        return new Unaudited(rs.getString("client_address"), rs.getInt("unaudited_failures"),
                rs.getLong("unaudited_refusals"), since == null ? null : since.toInstant(),
                List.of((String[]) rs.getArray("unaudited_user_names").getArray()),
                rs.getBoolean("unaudited_more_names"));
    }

    private static List<Instant> instants(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.stream((Timestamp[]) array.getArray()).map(Timestamp::toInstant).toList();
    }
}
