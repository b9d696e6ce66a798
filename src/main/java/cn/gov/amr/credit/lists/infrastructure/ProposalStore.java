package cn.gov.amr.credit.lists.infrastructure;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.Proposal;
import cn.gov.amr.credit.lists.ProposalAction;
import cn.gov.amr.credit.lists.ProposalQuery;
import cn.gov.amr.credit.lists.ProposalSource;
import cn.gov.amr.credit.lists.ProposalStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code lists.proposals} table: proposals raised once per occasion, decided or dismissed. */
@Repository
public class ProposalStore {

    private static final String COLUMNS = "id, list, action, entity_code, entity_name, jurisdiction, ground, listing_id,"
            + " arose_on, due_on, source, source_reference, status";
    private final JdbcClient jdbc;

    ProposalStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Raises the proposals whose occasion has none yet; answers how many were new. */
    public int raise(List<NewProposal> proposals, Instant at) {
        if (proposals.isEmpty()) {
            return 0;
        }
        int n = proposals.size();
        var lists = new String[n];
        var actions = new String[n];
        var codes = new String[n];
        var names = new String[n];
        var jurisdictions = new String[n];
        var grounds = new String[n];
        var listingIds = new Long[n];
        var arose = new String[n];
        var due = new String[n];
        var sources = new String[n];
        var references = new String[n];
        var occasions = new String[n];
        for (int i = 0; i < n; i++) {
            var p = proposals.get(i);
            lists[i] = p.list().name();
            actions[i] = p.action().name();
            codes[i] = p.entityCode();
            names[i] = p.entityName();
            jurisdictions[i] = p.jurisdiction();
            grounds[i] = p.ground();
            listingIds[i] = p.listingId();
            arose[i] = p.aroseOn().toString();
            due[i] = p.dueOn().toString();
            sources[i] = p.source().name();
            references[i] = p.sourceReference();
            occasions[i] = p.occasion();
        }
        return jdbc.sql("""
                        insert into lists.proposals (list, action, entity_code, entity_name, jurisdiction, ground,
                            listing_id, arose_on, due_on, source, source_reference, occasion, raised_at)
                        select l, a, c, nm, j, g, li, ar, du, s, r, o, ?
                        from unnest(cast(? as text[]), cast(? as text[]), cast(? as text[]), cast(? as text[]),
                            cast(? as text[]), cast(? as text[]), cast(? as bigint[]), cast(cast(? as text[]) as date[]),
                            cast(cast(? as text[]) as date[]), cast(? as text[]), cast(? as text[]), cast(? as text[]))
                            as t(l, a, c, nm, j, g, li, ar, du, s, r, o)
                        on conflict (occasion) do nothing""")
                .params(Timestamp.from(at), lists, actions, codes, names, jurisdictions, grounds, listingIds, arose, due,
                        sources, references, occasions)
                .update();
    }

    public Optional<Proposal> find(long id, LocalDate today) {
        return jdbc.sql("select " + COLUMNS + " from lists.proposals where id = ?").param(id)
                .query((rs, n) -> proposal(rs, today)).optional();
    }

    public Optional<Proposal> findByOccasion(String occasion, LocalDate today) {
        return jdbc.sql("select " + COLUMNS + " from lists.proposals where occasion = ?").param(occasion)
                .query((rs, n) -> proposal(rs, today)).optional();
    }

    /**
     * Closes the open proposals a decision answers: those of the entity, list, action and ground (and
     * listing, for a removal); answers how many.
     */
    public int closeDecided(String entityCode, ListKind list, ProposalAction action, String ground, Long listingId,
                            long decidedListingId, String by, Instant at) {
        return jdbc.sql("""
                        update lists.proposals set status = 'DECIDED', closed_by = ?, closed_at = ?, decided_listing_id = ?
                        where status = 'OPEN' and entity_code = ? and list = ? and action = ? and ground = ?
                            and (cast(? as bigint) is null or listing_id = ?)""")
                .params(by, Timestamp.from(at), decidedListingId, entityCode, list.name(), action.name(), ground,
                        listingId, listingId)
                .update();
    }

    /** Closes every open proposal about a listing that ended otherwise (e.g. removed on deregistration). */
    public int closeAbout(long listingId, String by, Instant at) {
        return jdbc.sql("update lists.proposals set status = 'DECIDED', closed_by = ?, closed_at = ?"
                        + " where status = 'OPEN' and listing_id = ?")
                .params(by, Timestamp.from(at), listingId).update();
    }

    public boolean dismiss(long id, String reason, String by, Instant at) {
        return jdbc.sql("update lists.proposals set status = 'DISMISSED', dismissal_reason = ?, closed_by = ?,"
                        + " closed_at = ? where id = ? and status = 'OPEN'")
                .params(reason, by, Timestamp.from(at), id).update() == 1;
    }

    /** An open proposal's deadline inputs: what it asks and the day its ground arose. */
    public record OpenDeadline(long id, ProposalAction action, LocalDate aroseOn, LocalDate dueOn) {
    }

    /** The open proposals whose ground arose on or after {@code since}. */
    public List<OpenDeadline> openSince(LocalDate since) {
        return jdbc.sql("select id, action, arose_on, due_on from lists.proposals where status = 'OPEN' and arose_on >= ?")
                .param(since)
                .query((rs, n) -> new OpenDeadline(rs.getLong(1), ProposalAction.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class)))
                .list();
    }

    public void moveDue(long id, LocalDate dueOn) {
        jdbc.sql("update lists.proposals set due_on = ? where id = ? and status = 'OPEN'").params(dueOn, id).update();
    }

    private record Where(String sql, List<Object> params) {
    }

    private static Where where(ProposalQuery q) {
        var sql = new StringBuilder("where true");
        var params = new ArrayList<Object>();
        if (q.list() != null) {
            sql.append(" and list = ?");
            params.add(q.list().name());
        }
        if (q.status() != null) {
            sql.append(" and status = ?");
            params.add(q.status().name());
        }
        if (q.jurisdiction() != null && !q.jurisdiction().isBlank()) {
            sql.append(" and jurisdiction = ?");
            params.add(q.jurisdiction());
        }
        if (q.code() != null && !q.code().isBlank()) {
            sql.append(" and entity_code = ?");
            params.add(cn.gov.amr.credit.shared.Identifiers.normalize(q.code()));
        }
        return new Where(sql.toString(), params);
    }

    /** Proposals matching the query: open ones first by due date (so overdue ones lead), then the closed. */
    public List<Proposal> search(ProposalQuery q, LocalDate today) {
        var where = where(q);
        var params = new ArrayList<>(where.params());
        params.add(q.size());
        params.add((long) (q.page() - 1) * q.size());
        return jdbc.sql("select " + COLUMNS + " from lists.proposals " + where.sql()
                        + " order by (status = 'OPEN') desc, due_on, id limit ? offset ?")
                .params(params).query((rs, n) -> proposal(rs, today)).list();
    }

    public long count(ProposalQuery q) {
        var where = where(q);
        return jdbc.sql("select count(*) from lists.proposals " + where.sql()).params(where.params())
                .query(Long.class).single();
    }

    /** Open proposals and how many of them are overdue on {@code today} ({@code jurisdiction} null: all). */
    public long[] openAndOverdue(String jurisdiction, LocalDate today) {
        return jdbc.sql("select count(*), count(*) filter (where due_on < ?) from lists.proposals"
                        + " where status = 'OPEN' and (cast(? as text) is null or jurisdiction = ?)")
                .params(today, jurisdiction, jurisdiction)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).single();
    }

    private static Proposal proposal(ResultSet rs, LocalDate today) throws SQLException {
        var status = ProposalStatus.valueOf(rs.getString("status"));
        var due = rs.getObject("due_on", LocalDate.class);
        return new Proposal(rs.getLong("id"), ListKind.valueOf(rs.getString("list")),
                ProposalAction.valueOf(rs.getString("action")), rs.getString("entity_code"), rs.getString("entity_name"),
                rs.getString("jurisdiction"), rs.getString("ground"), (Long) rs.getObject("listing_id"),
                rs.getObject("arose_on", LocalDate.class), due, ProposalSource.valueOf(rs.getString("source")),
                rs.getString("source_reference"), status, status == ProposalStatus.OPEN && due.isBefore(today));
    }
}
