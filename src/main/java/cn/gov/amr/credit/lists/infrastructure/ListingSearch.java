package cn.gov.amr.credit.lists.infrastructure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.amr.credit.lists.ListCount;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.ListingQuery;
import cn.gov.amr.credit.lists.ListingStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Filtered pages of listings, the three-year warnings and the statistics, over {@code lists.listings}. */
@Repository
public class ListingSearch {

    private final JdbcClient jdbc;

    ListingSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The conditions of a query, with their parameters in order (never concatenated values). */
    private record Where(String sql, List<Object> params) {
    }

    private static Where where(ListingQuery q) {
        var sql = new StringBuilder("where true");
        var params = new ArrayList<Object>();
        if (q.list() != null) {
            sql.append(" and list = ?");
            params.add(q.list().name());
        }
        if (q.code() != null && !q.code().isBlank()) {
            sql.append(" and entity_code = ?");
            params.add(cn.gov.amr.credit.shared.Identifiers.normalize(q.code()));
        }
        if (q.status() == ListingStatus.LISTED) {
            sql.append(" and removed_on is null");
        } else if (q.status() == ListingStatus.REMOVED) {
            sql.append(" and removed_on is not null");
        }
        if (q.year() != null) {
            sql.append(" and decision_year = ?");
            params.add(q.year());
        }
        if (q.jurisdiction() != null && !q.jurisdiction().isBlank()) {
            sql.append(" and jurisdiction = ?");
            params.add(q.jurisdiction());
        }
        if (q.ground() != null && !q.ground().isBlank()) {
            sql.append(" and ground = ?");
            params.add(q.ground());
        }
        if (q.kind() != null) {
            sql.append(" and entity_kind = ?");
            params.add(q.kind().name());
        }
        return new Where(sql.toString(), params);
    }

    public List<Listing> search(ListingQuery q) {
        var where = where(q);
        var params = new ArrayList<>(where.params());
        params.add(q.size());
        params.add((long) (q.page() - 1) * q.size());
        return jdbc.sql("select " + ListingRows.COLUMNS + " from lists.listings " + where.sql()
                        + " order by decided_on desc, id desc limit ? offset ?")
                .params(params).query(ListingRows::listing).list();
    }

    public long count(ListingQuery q) {
        var where = where(q);
        return jdbc.sql("select count(*) from lists.listings " + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    /** Abnormal listings of enterprises in force decided between the two days (inclusive), oldest first. */
    public List<Listing> abnormalDecidedBetween(LocalDate from, LocalDate to, String jurisdiction) {
        return jdbc.sql("select " + ListingRows.COLUMNS + " from lists.listings where list = 'ABNORMAL'"
                        + " and entity_kind = 'ENTERPRISE' and removed_on is null and decided_on between ? and ?"
                        + " and (cast(? as text) is null or jurisdiction = ?) order by decided_on, id")
                .params(from, to, jurisdiction, jurisdiction).query(ListingRows::listing).list();
    }

    /**
     * Listings and removals in a year grouped by {@code dimension} (a fixed SQL expression, never input) on
     * the given lists.
     */
    public List<ListCount> counts(int year, String jurisdiction, List<ListKind> lists, Dimension dimension) {
        String[] names = lists.stream().map(Enum::name).toArray(String[]::new);
        return jdbc.sql("""
                        select key, sum(listed), sum(removed) from (
                            select %1$s as key, 1 as listed, 0 as removed from lists.listings
                            where decision_year = ? and list = any(?) and (cast(? as text) is null or jurisdiction = ?)
                            union all
                            select %2$s, 0, 1 from lists.listings
                            where extract(year from removed_on) = ? and list = any(?)
                                and (cast(? as text) is null or jurisdiction = ?)
                        ) c group by key order by key""".formatted(dimension.listed, dimension.removed))
                .params(year, names, jurisdiction, jurisdiction, year, names, jurisdiction, jurisdiction)
                .query((rs, n) -> new ListCount(rs.getString(1), rs.getLong(2), rs.getLong(3))).list();
    }

    /** The groupings of the statistics, as fixed SQL expressions. */
    public enum Dimension {
        MONTH("lpad(extract(month from decided_on)::int::text, 2, '0')",
                "lpad(extract(month from removed_on)::int::text, 2, '0')"),
        KIND("entity_kind", "entity_kind"),
        GROUND("ground", "ground"),
        JURISDICTION("coalesce(jurisdiction, '')", "coalesce(jurisdiction, '')");

        private final String listed;
        private final String removed;

        Dimension(String listed, String removed) {
            this.listed = listed;
            this.removed = removed;
        }
    }
}
