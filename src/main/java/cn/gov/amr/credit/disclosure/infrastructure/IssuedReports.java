package cn.gov.amr.credit.disclosure.infrastructure;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code disclosure.issued_reports} table. */
@Repository
public class IssuedReports {

    /** A stored report: its content as issued. */
    public record Row(String verificationCode, String entityCode, Instant issuedAt, String sha256, String content) {
    }

    private final JdbcClient jdbc;

    IssuedReports(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the report unless the same content of the same entity was issued already on {@code day};
     * either way answers the stored row (the earlier one if there was one), so that issuing again the
     * same day stores nothing and gives the same verification code.
     */
    public Row issueOnce(Row row, LocalDate day) {
        jdbc.sql("""
                        insert into disclosure.issued_reports (verification_code, entity_code, issued_at, issued_on,
                            content_sha256, content) values (?, ?, ?, ?, ?, ?)
                        on conflict (entity_code, issued_on, content_sha256) do nothing""")
                .params(row.verificationCode(), row.entityCode(), Timestamp.from(row.issuedAt()), Date.valueOf(day),
                        row.sha256(), row.content())
                .update();
        return jdbc.sql("""
                        select * from disclosure.issued_reports
                        where entity_code = ? and issued_on = ? and content_sha256 = ?""")
                .params(row.entityCode(), Date.valueOf(day), row.sha256())
                .query(IssuedReports::map).single();
    }

    public Optional<Row> find(String verificationCode) {
        return jdbc.sql("select * from disclosure.issued_reports where verification_code = ?").param(verificationCode)
                .query(IssuedReports::map).optional();
    }

    /** Deletes the reports issued before {@code cutoff}; answers how many. */
    public int deleteIssuedBefore(Instant cutoff) {
        return jdbc.sql("delete from disclosure.issued_reports where issued_at < ?").param(Timestamp.from(cutoff))
                .update();
    }

    private static Row map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Row(rs.getString("verification_code"), rs.getString("entity_code"),
                rs.getTimestamp("issued_at").toInstant(), rs.getString("content_sha256"), rs.getString("content"));
    }
}
