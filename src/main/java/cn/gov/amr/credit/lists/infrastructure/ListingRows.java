package cn.gov.amr.credit.lists.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.Removal;
import cn.gov.amr.credit.lists.RemovalKind;
import cn.gov.amr.credit.registry.EntityKind;

/** The columns of {@code lists.listings} as a {@link Listing}. */
final class ListingRows {

    static final String COLUMNS = "id, list, entity_code, entity_name, entity_kind, jurisdiction, ground, decided_on,"
            + " document_number, authority, basis, penalty_document_number, penalty_record_id, abnormal_listing_id,"
            + " objection_until, decided_by, decided_at, removal_kind, removed_on, removal_document_number,"
            + " removal_reason, removed_by, removed_at, report_year";

    private ListingRows() {
    }

    static Listing listing(ResultSet rs, int n) throws SQLException {
        Removal removal = rs.getString("removal_kind") == null ? null
                : new Removal(RemovalKind.valueOf(rs.getString("removal_kind")), rs.getObject("removed_on", LocalDate.class),
                rs.getString("removal_document_number"), rs.getString("removal_reason"), rs.getString("removed_by"),
                rs.getTimestamp("removed_at").toInstant());
        return new Listing(rs.getLong("id"), ListKind.valueOf(rs.getString("list")), rs.getString("entity_code"),
                rs.getString("entity_name"), EntityKind.valueOf(rs.getString("entity_kind")), rs.getString("jurisdiction"),
                rs.getString("ground"), rs.getObject("decided_on", LocalDate.class), rs.getString("document_number"),
                rs.getString("authority"), rs.getString("basis"), rs.getString("penalty_document_number"),
                (Long) rs.getObject("penalty_record_id"), (Long) rs.getObject("abnormal_listing_id"),
                rs.getObject("objection_until", LocalDate.class), removal, rs.getString("decided_by"),
                rs.getTimestamp("decided_at").toInstant());
    }
}
