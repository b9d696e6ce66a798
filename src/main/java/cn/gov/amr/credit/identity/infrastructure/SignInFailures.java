package cn.gov.amr.credit.identity.infrastructure;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Consecutive failed sign-ins per account and client address, kept in the database so that every
 * instance sees the same count and lock.
 */
@Repository
public class SignInFailures {

    private final JdbcClient jdbc;

    SignInFailures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When the account is locked for this address, until when. */
    public Optional<Instant> lockedUntil(String username, String clientAddress, Instant now) {
        return jdbc.sql("""
                        select locked_until from identity.sign_in_failures
                        where username = ? and client_address = ? and locked_until > ?""")
                .params(username, clientAddress, Timestamp.from(now))
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    /**
     * Counts one more failure atomically; a count left from an expired lock starts again at one.
     *
     * @return the lock's end if this failure locked the account for the address
     */
    public Optional<Instant> recordFailure(String username, String clientAddress, Instant at, int maxFailures,
                                           Duration lockDuration) {
        Instant now = at.truncatedTo(ChronoUnit.MICROS);
        Instant lockEnd = now.plus(lockDuration);
        return jdbc.sql("""
                        insert into identity.sign_in_failures as f (username, client_address, failures, last_failure_at, locked_until)
                        values (:username, :address, 1, :now, case when 1 >= :max then cast(:lockEnd as timestamptz) end)
                        on conflict (username, client_address) do update set
                            failures = case when f.locked_until is not null and f.locked_until <= :now then 1
                                            else f.failures + 1 end,
                            last_failure_at = :now,
                            locked_until = case
                                when f.locked_until is not null and f.locked_until <= :now then
                                    case when 1 >= :max then cast(:lockEnd as timestamptz) end
                                when f.failures + 1 >= :max then cast(:lockEnd as timestamptz)
                                else f.locked_until end
                        returning locked_until""")
                .param("username", username).param("address", clientAddress)
                .param("now", Timestamp.from(now)).param("max", maxFailures)
                .param("lockEnd", Timestamp.from(lockEnd))
                .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single()
                .filter(until -> until.equals(lockEnd));
    }

    public void clear(String username, String clientAddress) {
        jdbc.sql("delete from identity.sign_in_failures where username = ? and client_address = ?")
                .params(username, clientAddress).update();
    }

    /**
     * Forgets runs of failures that ended before {@code quietSince} and hold no lock still running at
     * {@code now}: unknown user names tried once leave no row behind for good.
     */
    public int purge(Instant quietSince, Instant now) {
        return jdbc.sql("""
                        delete from identity.sign_in_failures
                        where last_failure_at < ? and (locked_until is null or locked_until <= ?)""")
                .params(Timestamp.from(quietSince), Timestamp.from(now)).update();
    }

    public void clearAll(String username) {
        jdbc.sql("delete from identity.sign_in_failures where username = ?").param(username).update();
    }
}
