package cn.gov.amr.credit.registry.infrastructure;

import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityProfile;
import cn.gov.amr.credit.registry.EntityStatus;
import cn.gov.amr.credit.shared.LegalTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Bulk reads of {@code registry.entities} and {@code registry.entity_changes} for rules. */
@Repository
public class ProfileQueries {

    private static final String COLUMNS = "code, name, kind, status, established_on, registered_capital, industry_code,"
            + " region_code, jurisdiction, legal_rep_id_type, legal_rep_id_number";
    private final JdbcClient jdbc;

    ProfileQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Stream<EntityProfile> streamAll() {
        return jdbc.sql("select " + COLUMNS + " from registry.entities order by code collate \"C\"")
                .withFetchSize(5000).query(ProfileQueries::profile).stream();
    }

    public long count() {
        return jdbc.sql("select count(*) from registry.entities").query(Long.class).single();
    }

    public List<EntityProfile> of(Collection<String> codes) {
        return jdbc.sql("select " + COLUMNS + " from registry.entities where code = any(?)")
                .param(codes.toArray(String[]::new)).query(ProfileQueries::profile).list();
    }

    public Map<String, Set<String>> sharingRepresentative(Collection<String> codes) {
        var shared = new HashMap<String, Set<String>>();
        jdbc.sql("""
                        select e.code, o.code from registry.entities e
                        join registry.entities o on o.legal_rep_id_number = e.legal_rep_id_number
                            and o.legal_rep_id_type is not distinct from e.legal_rep_id_type and o.code <> e.code
                        where e.code = any(?) and e.legal_rep_id_number is not null and e.legal_rep_id_number <> ''""")
                .param(codes.toArray(String[]::new))
                .query(rs -> {
                    shared.computeIfAbsent(rs.getString(1), c -> new TreeSet<>()).add(rs.getString(2));
                });
        return shared;
    }

    public Map<String, List<LocalDate>> changeDays(Collection<String> codes, Instant since) {
        var days = new HashMap<String, List<LocalDate>>();
        String sql = "select entity_code, changed_at from registry.entity_changes where change_kind <> 'CREATED'"
                + " and changed_at >= ?" + (codes == null ? "" : " and entity_code = any(?)");
        var spec = jdbc.sql(sql).param(Timestamp.from(since));
        if (codes != null) {
            spec = spec.param(codes.toArray(String[]::new));
        }
        spec.query(rs -> {
            days.computeIfAbsent(rs.getString(1), c -> new ArrayList<>())
                    .add(LegalTime.dateOf(rs.getTimestamp(2).toInstant()));
        });
        return days;
    }

    private static EntityProfile profile(ResultSet rs, int row) throws SQLException {
        return new EntityProfile(rs.getString(1), rs.getString(2), EntityKind.valueOf(rs.getString(3)),
                EntityStatus.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getBigDecimal(6),
                rs.getString(7), rs.getString(8), rs.getString(9), key(rs.getString(10), rs.getString(11)));
    }

    /** SHA-256 of "type:number", hex; null without a number. */
    static String key(String idType, String idNumber) {
        if (idNumber == null || idNumber.isBlank()) {
            return null;
        }
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest(((idType == null ? "" : idType) + ":" + idNumber.strip()).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
