package cn.gov.amr.credit.registry.infrastructure;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.amr.credit.registry.EntityIdentity;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityStatus;
import cn.gov.amr.credit.registry.IdType;
import cn.gov.amr.credit.registry.LegalRepresentative;
import cn.gov.amr.credit.registry.MarketEntity;
import cn.gov.amr.credit.registry.model.Industry;
import cn.gov.amr.credit.registry.model.SearchText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code registry.entities} table: entities by code, identifiers for matching, inserts and updates,
 * the name gram counts and the industry table. Searching is {@link EntitySearch}.
 */
@Repository
public class Entities {

    static final String COLUMNS = """
            code, registration_number, organisation_code, name, former_names, kind, legal_rep_name, legal_rep_id_type,
            legal_rep_id_number, registered_capital, established_on, authority, status, address, town, region_code,
            industry_code, business_scope, jurisdiction, review_flag, review_reason, version, created_at, created_by,
            updated_at, updated_by""";

    private final JdbcClient jdbc;

    Entities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Entities holding any of the given codes, registration numbers or organisation codes (stored, or
     * positions 9–17 of the credit code), or whose legal representative has one of the given names
     * (one query: a union of one index scan per kind of identifier given).
     */
    public List<EntityIdentity> identities(Collection<String> codes, Collection<String> registrationNumbers,
                                           Collection<String> organisationCodes, Collection<String> representatives) {
        // One index scan per kind of identifier given (an OR of them all would scan every index for every list).
        var conditions = new ArrayList<String>();
        var parameters = new ArrayList<Object>();
        addCondition(conditions, parameters, "code = any(?)", codes);
        addCondition(conditions, parameters, "registration_number = any(?)", registrationNumbers);
        addCondition(conditions, parameters, "organisation_code = any(?)", organisationCodes);
        addCondition(conditions, parameters, "substr(code, 9, 9) = any(?)", organisationCodes);
        addCondition(conditions, parameters, "legal_rep_name = any(?)", representatives);
        if (conditions.isEmpty()) {
            return List.of();
        }
        String select = "select code, registration_number, organisation_code, name, legal_rep_name, kind, status,"
                + " established_on, jurisdiction, review_flag from registry.entities where ";
        String sql = String.join(" union ", conditions.stream().map(c -> select + c).toList());
        return jdbc.sql(sql).params(parameters).query(Entities::identity).list();
    }

    private static void addCondition(List<String> conditions, List<Object> parameters, String condition,
                                     Collection<String> values) {
        if (!values.isEmpty()) {
            conditions.add(condition);
            parameters.add(values.toArray(String[]::new));
        }
    }

    public long count() {
        return jdbc.sql("select count(*) from registry.entities").query(Long.class).single();
    }

    /** Every entity's identifiers, by code (for generators of synthetic data). */
    public List<EntityIdentity> allIdentities() {
        return jdbc.sql("select code, registration_number, organisation_code, name, legal_rep_name, kind, status,"
                + " established_on, jurisdiction, review_flag from registry.entities order by code").query(Entities::identity).list();
    }

    /** Every entity, ordered by code: a cursor read inside the caller's transaction; the caller closes it. */
    public java.util.stream.Stream<MarketEntity> streamAll() {
        return jdbc.sql("select " + COLUMNS + " from registry.entities order by code collate \"C\"").withFetchSize(2000)
                .query(Entities::map).stream();
    }

    /** Every entity's identifiers, ordered by code ("C"): a cursor read inside the caller's transaction. */
    public java.util.stream.Stream<EntityIdentity> streamIdentities() {
        return jdbc.sql("select code, registration_number, organisation_code, name, legal_rep_name, kind, status,"
                        + " established_on, jurisdiction, review_flag from registry.entities order by code collate \"C\"")
                .withFetchSize(5000).query(Entities::identity).stream();
    }

    private static EntityIdentity identity(ResultSet rs, int row) throws SQLException {
        return new EntityIdentity(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                EntityKind.valueOf(rs.getString(6)), EntityStatus.valueOf(rs.getString(7)),
                rs.getObject(8, java.time.LocalDate.class), rs.getString(9), rs.getBoolean(10));
    }

    /** Inserts a new entity (version 1); false if the code exists. */
    public boolean insert(MarketEntity e) {
        boolean inserted = jdbc.sql("insert into registry.entities (" + COLUMNS + ", search_names, name_bigrams) values ("
                        + ":code, :registrationNumber, :organisationCode, :name, cast(:formerNames as text[]), :kind,"
                        + " :repName, :repIdType, :repIdNumber, :capital, :establishedOn, :authority, :status, :address,"
                        + " :town, :regionCode, :industryCode, :businessScope, :jurisdiction, :reviewFlag, :reviewReason,"
                        + " :version, :createdAt, :createdBy, :updatedAt, :updatedBy, :searchNames, cast(:bigrams as text[]))"
                        + " on conflict (code) do nothing")
                .params(parameters(e)).update() == 1;
        if (inserted) {
            adjustGramCounts(gramDeltas(null, e));
        }
        return inserted;
    }

    /** Replaces the entity's fields if it is still at {@code current}'s version; false when stale. */
    public boolean update(MarketEntity e, MarketEntity current) {
        int expectedVersion = current.version();
        boolean updated = jdbc.sql("""
                        update registry.entities set registration_number = :registrationNumber,
                            organisation_code = :organisationCode, name = :name, former_names = cast(:formerNames as text[]),
                            kind = :kind, legal_rep_name = :repName, legal_rep_id_type = :repIdType,
                            legal_rep_id_number = :repIdNumber, registered_capital = :capital,
                            established_on = :establishedOn, authority = :authority, status = :status, address = :address,
                            town = :town, region_code = :regionCode, industry_code = :industryCode,
                            business_scope = :businessScope, jurisdiction = :jurisdiction, review_flag = :reviewFlag,
                            review_reason = :reviewReason, version = :version, updated_at = :updatedAt,
                            updated_by = :updatedBy, search_names = :searchNames, name_bigrams = cast(:bigrams as text[])
                        where code = :code and version = :expectedVersion""")
                .params(withExpectedVersion(parameters(e), expectedVersion)).update() == 1;
        if (updated) {
            adjustGramCounts(gramDeltas(current, e));
        }
        return updated;
    }

    private static Map<String, Object> withExpectedVersion(Map<String, Object> parameters, int expectedVersion) {
        parameters.put("expectedVersion", expectedVersion);
        return parameters;
    }

    public Optional<MarketEntity> find(String code) {
        return jdbc.sql("select " + COLUMNS + " from registry.entities where code = ?").param(code)
                .query(Entities::map).optional();
    }

    /**
     * Adds to or takes from the gram counts, in gram order so that concurrent writers lock the rows
     * in one order. Runs in the caller's transaction.
     */
    public void adjustGramCounts(Map<String, Integer> deltas) {
        var sorted = new java.util.TreeMap<>(deltas);
        sorted.values().removeIf(d -> d == 0);
        if (sorted.isEmpty()) {
            return;
        }
        jdbc.sql("insert into registry.name_gram_counts as c (gram, entities)"
                        + " select g, d from unnest(cast(:grams as text[]), cast(:deltas as int[])) as t(g, d) order by g"
                        + " on conflict (gram) do update set entities = c.entities + excluded.entities")
                .param("grams", arrayLiteral(sorted.keySet()))
                .param("deltas", "{" + sorted.values().stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",")) + "}")
                .update();
    }

    /** +1 for each counted gram of {@code after}'s names, −1 for each of {@code before}'s (either may be null). */
    public static Map<String, Integer> gramDeltas(MarketEntity before, MarketEntity after) {
        var deltas = new java.util.HashMap<String, Integer>();
        if (before != null) {
            SearchText.countedGramsOfNames(names(before)).forEach(g -> deltas.merge(g, -1, Integer::sum));
        }
        if (after != null) {
            SearchText.countedGramsOfNames(names(after)).forEach(g -> deltas.merge(g, 1, Integer::sum));
        }
        return deltas;
    }

    private static List<String> names(MarketEntity e) {
        var names = new ArrayList<String>();
        names.add(e.name());
        names.addAll(e.formerNames());
        return names;
    }

    /** The GB/T 4754 table as code → section. */
    public Map<String, String> industrySections() {
        var result = new LinkedHashMap<String, String>();
        jdbc.sql("select code, section from registry.industries order by code")
                .query((rs, n) -> result.put(rs.getString(1), rs.getString(2))).list();
        return result;
    }

    /** The industries, by section and code, for display. */
    public List<Industry> industries() {
        return jdbc.sql("select code, name_zh, name_en from registry.industries order by section, code")
                .query((rs, n) -> new Industry(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    private static Map<String, Object> parameters(MarketEntity e) {
        var p = new LinkedHashMap<String, Object>();
        var rep = e.legalRepresentative();
        p.put("code", e.code());
        p.put("registrationNumber", e.registrationNumber());
        p.put("organisationCode", e.organisationCode());
        p.put("name", e.name());
        p.put("formerNames", arrayLiteral(e.formerNames()));
        p.put("kind", e.kind().name());
        p.put("repName", rep == null ? null : rep.name());
        p.put("repIdType", rep == null || rep.idType() == null ? null : rep.idType().name());
        p.put("repIdNumber", rep == null ? null : rep.idNumber());
        p.put("capital", e.registeredCapital());
        p.put("establishedOn", e.establishedOn());
        p.put("authority", e.authority());
        p.put("status", e.status().name());
        p.put("address", e.address());
        p.put("town", e.town());
        p.put("regionCode", e.regionCode());
        p.put("industryCode", e.industryCode());
        p.put("businessScope", e.businessScope());
        p.put("jurisdiction", e.jurisdiction());
        p.put("reviewFlag", e.reviewFlag());
        p.put("reviewReason", e.reviewReason());
        p.put("version", e.version());
        p.put("createdAt", Timestamp.from(e.createdAt()));
        p.put("createdBy", e.createdBy());
        p.put("updatedAt", Timestamp.from(e.updatedAt()));
        p.put("updatedBy", e.updatedBy());
        var names = new ArrayList<String>();
        names.add(e.name());
        names.addAll(e.formerNames());
        p.put("searchNames", SearchText.searchable(names));
        p.put("bigrams", arrayLiteral(SearchText.bigramsOfNames(names)));
        return p;
    }

    /** A PostgreSQL array literal with every element quoted and escaped (bound as a parameter). */
    static String arrayLiteral(Collection<String> values) {
        var out = new StringBuilder("{");
        for (String value : values) {
            if (out.length() > 1) {
                out.append(',');
            }
            out.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
        }
        return out.append('}').toString();
    }

    /** 12.070000 → 12.07 and 100.000000 → 100 (never 1E+2). */
    private static java.math.BigDecimal plain(java.math.BigDecimal value) {
        if (value == null) {
            return null;
        }
        var stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    static MarketEntity map(ResultSet rs, int row) throws SQLException {
        String repName = rs.getString("legal_rep_name");
        String repType = rs.getString("legal_rep_id_type");
        String repNumber = rs.getString("legal_rep_id_number");
        var representative = repName == null && repNumber == null ? null
                : new LegalRepresentative(repName, repType == null ? null : IdType.valueOf(repType), repNumber);
        Array former = rs.getArray("former_names");
        var date = rs.getDate("established_on");
        return new MarketEntity(rs.getString("code"), rs.getString("registration_number"),
                rs.getString("organisation_code"), rs.getString("name"),
                former == null ? List.of() : Arrays.asList((String[]) former.getArray()),
                EntityKind.valueOf(rs.getString("kind")), representative, plain(rs.getBigDecimal("registered_capital")),
                date == null ? null : date.toLocalDate(), rs.getString("authority"),
                EntityStatus.valueOf(rs.getString("status")), rs.getString("address"), rs.getString("town"),
                rs.getString("region_code"), rs.getString("industry_code"), rs.getString("business_scope"),
                rs.getString("jurisdiction"), rs.getBoolean("review_flag"), rs.getString("review_reason"),
                rs.getInt("version"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
