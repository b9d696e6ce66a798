package cn.gov.amr.credit.disclosure.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
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

    public void insert(Row row) {
        jdbc.sql("""
                        insert into disclosure.issued_reports (verification_code, entity_code, issued_at, content_sha256,
                            content) values (?, ?, ?, ?, ?)""")
                .params(row.verificationCode(), row.entityCode(), Timestamp.from(row.issuedAt()), row.sha256(),
                        row.content())
                .update();
    }

    public Optional<Row> find(String verificationCode) {
        return jdbc.sql("select * from disclosure.issued_reports where verification_code = ?").param(verificationCode)
                .query((rs, n) -> new Row(rs.getString("verification_code"), rs.getString("entity_code"),
                        rs.getTimestamp("issued_at").toInstant(), rs.getString("content_sha256"),
                        rs.getString("content")))
                .optional();
    }
}
