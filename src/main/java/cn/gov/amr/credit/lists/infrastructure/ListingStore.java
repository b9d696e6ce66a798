package cn.gov.amr.credit.lists.infrastructure;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.ListMarks;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.Removal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code lists.listings} table: decisions and their removals. */
@Repository
public class ListingStore {

    private static final String SELECT = "select " + ListingRows.COLUMNS + " from lists.listings ";
    private final JdbcClient jdbc;

    ListingStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(NewListing l) {
        return jdbc.sql("""
                        insert into lists.listings (list, entity_code, entity_name, entity_kind, jurisdiction, ground,
                            decided_on, decision_year, document_number, authority, basis, report_year,
                            penalty_document_number, penalty_record_id, abnormal_listing_id, objection_until,
                            decided_by, decided_at)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(l.list().name(), l.entityCode(), l.entityName(), l.entityKind().name(), l.jurisdiction(),
                        l.ground(), l.decidedOn(), l.decidedOn().getYear(), l.documentNumber(), l.authority(), l.basis(),
                        l.reportYear(), l.penaltyDocumentNumber(), l.penaltyRecordId(), l.abnormalListingId(),
                        l.objectionUntil(), l.decidedBy(), Timestamp.from(l.decidedAt()))
                .query(Long.class).single();
    }

    /** Records the removal of a listing still in force; false if it was removed meanwhile. */
    public boolean remove(long id, Removal removal) {
        return jdbc.sql("""
                        update lists.listings set removal_kind = ?, removed_on = ?, removal_document_number = ?,
                            removal_reason = ?, removed_by = ?, removed_at = ?
                        where id = ? and removed_on is null""")
                .params(removal.kind().name(), removal.decidedOn(), removal.documentNumber(), removal.reason(),
                        removal.decidedBy(), Timestamp.from(removal.decidedAt()), id)
                .update() == 1;
    }

    public Optional<Listing> find(long id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(ListingRows::listing).optional();
    }

    /** The report year of an annual-report listing (null for other grounds). */
    public Integer reportYear(long id) {
        return jdbc.sql("select report_year from lists.listings where id = ?").param(id).query(Integer.class)
                .optional().orElse(null);
    }

    public List<Listing> ofEntity(String entityCode) {
        return jdbc.sql(SELECT + "where entity_code = ? order by decided_on desc, id desc").param(entityCode)
                .query(ListingRows::listing).list();
    }

    /** Whether the entity has a listing on this list and ground decided in this year. */
    public boolean listedInYear(String entityCode, ListKind list, String ground, int year) {
        return jdbc.sql("select exists (select 1 from lists.listings where entity_code = ? and list = ? and ground = ?"
                        + " and decision_year = ?)")
                .params(entityCode, list.name(), ground, year).query(Boolean.class).single();
    }

    public boolean documentUsed(String entityCode, ListKind list, String ground, String documentNumber) {
        return jdbc.sql("select exists (select 1 from lists.listings where entity_code = ? and list = ? and ground = ?"
                        + " and document_number = ?)")
                .params(entityCode, list.name(), ground, documentNumber).query(Boolean.class).single();
    }

    /** The report years of the annual-report listings in force, by listing id. */
    public Map<Long, Integer> inForceReportYears() {
        var years = new HashMap<Long, Integer>();
        jdbc.sql("select id, report_year from lists.listings where removed_on is null and report_year is not null")
                .query((rs, n) -> years.put(rs.getLong(1), rs.getInt(2))).list();
        return years;
    }

    /** The entities with an annual-report listing (on either abnormal list, removed or not) for that report year. */
    public java.util.Set<String> listedForReportYear(int reportYear) {
        return new java.util.HashSet<>(jdbc.sql("select entity_code from lists.listings where ground = 'ANNUAL_REPORT_NOT_FILED'"
                + " and report_year = ?").param(reportYear).query(String.class).list());
    }

    /** Listings of a list in force (not removed), oldest first. */
    public List<Listing> inForce(ListKind list) {
        return jdbc.sql(SELECT + "where list = ? and removed_on is null order by decided_on, id").param(list.name())
                .query(ListingRows::listing).list();
    }

    /** The in-force listings of these lists for a set of entities. */
    public List<Listing> inForceOf(Collection<String> entityCodes, Collection<ListKind> lists) {
        return jdbc.sql(SELECT + "where entity_code = any(?) and list = any(?) and removed_on is null")
                .params(entityCodes.toArray(String[]::new), lists.stream().map(Enum::name).toArray(String[]::new))
                .query(ListingRows::listing).list();
    }

    /** Marks on {@code day}: listings decided by then and not removed by then. */
    public Map<String, ListMarks> marks(Collection<String> entityCodes, LocalDate day) {
        var marks = new HashMap<String, ListMarks>();
        jdbc.sql("""
                        select entity_code, bool_or(list <> 'SERIOUS_DISHONEST'), bool_or(list = 'SERIOUS_DISHONEST')
                        from lists.listings
                        where entity_code = any(?) and decided_on <= ? and (removed_on is null or removed_on > ?)
                        group by entity_code""")
                .params(entityCodes.toArray(String[]::new), day, day)
                .query((rs, n) -> marks.put(rs.getString(1), new ListMarks(rs.getBoolean(2), rs.getBoolean(3))))
                .list();
        return marks;
    }

    /** Every listing of these lists by entity code ("C" order, as the registry streams) then decision date. */
    public Stream<Listing> stream(Collection<ListKind> lists) {
        return jdbc.sql(SELECT + "where list = any(?) order by entity_code collate \"C\", decided_on, id")
                .withFetchSize(2000).param(lists.stream().map(Enum::name).toArray(String[]::new))
                .query(ListingRows::listing).stream();
    }
}
