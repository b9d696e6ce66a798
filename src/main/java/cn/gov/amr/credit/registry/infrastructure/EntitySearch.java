package cn.gov.amr.credit.registry.infrastructure;

import static cn.gov.amr.credit.registry.infrastructure.Entities.COLUMNS;
import static cn.gov.amr.credit.registry.infrastructure.Entities.arrayLiteral;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.registry.EntityPage;
import cn.gov.amr.credit.registry.EntityQuery;
import cn.gov.amr.credit.registry.MarketEntity;
import cn.gov.amr.credit.registry.model.SearchPlan;
import cn.gov.amr.credit.registry.model.SearchText;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Searches {@code registry.entities} by code, number or name fragment (bigrams, see STACK.md): the query
 * planner part of the registry, choosing per search how PostgreSQL reads the matches and how they are
 * counted (exactly, from the gram counts, or up to {@link EntityPage#COUNT_CAP}).
 */
@Repository
public class EntitySearch {

    private final JdbcClient jdbc;

    EntitySearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public EntityPage search(EntityQuery query, SearchPlan plan) {
        var where = new StringBuilder(" where true");
        var params = new LinkedHashMap<String, Object>();
        boolean capped = false;
        switch (plan.type()) {
            case ALL -> { }
            case CREDIT_CODE -> {
                where.append(" and code = :q");
                params.put("q", plan.normalized());
            }
            case REGISTRATION_NUMBER -> {
                where.append(" and registration_number = :q");
                params.put("q", plan.normalized());
            }
            case ORGANISATION_CODE -> {
                where.append(" and organisation_code = :q");
                params.put("q", plan.normalized());
            }
            case NAME -> {
                planForTheseValues();
                // Two characters are one bigram: containment is the exact answer. Longer fragments
                // need the recheck, since bigrams do not keep their order.
                boolean recheck = SearchText.length(plan.normalized()) > 2;
                where.append(" and ((name_bigrams @> cast(:bigrams as text[])")
                        .append(recheck ? " and search_names like :pattern" : "")
                        .append(") or legal_rep_name = :q)");
                var bigrams = SearchText.bigrams(plan.normalized());
                params.put("bigrams", arrayLiteral(recheck ? List.of(rarest(bigrams)) : bigrams));
                if (recheck) {
                    params.put("pattern", SearchText.containsPattern(plan.normalized()));
                }
                params.put("q", query.q() == null ? "" : query.q().strip());
                capped = true;
            }
            case TOO_SHORT -> throw new IllegalArgumentException("too short to search");
        }
        if (query.kind() != null) {
            where.append(" and kind = :kind");
            params.put("kind", query.kind().name());
        }
        if (query.status() != null) {
            where.append(" and status = :status");
            params.put("status", query.status().name());
        }
        if (query.jurisdiction() != null && !query.jurisdiction().isBlank()) {
            where.append(" and jurisdiction = :jurisdiction");
            params.put("jurisdiction", query.jurisdiction());
        }
        String from = " from registry.entities" + where;
        var pageParams = new LinkedHashMap<>(params);
        pageParams.put("limit", query.size());
        pageParams.put("offset", (long) (query.page() - 1) * query.size());
        if (!capped) {
            long total = jdbc.sql("select count(*)" + from).params(params).query(Long.class).single();
            return new EntityPage(total == 0 ? List.of() : page(from + " order by name, code", pageParams), total, false);
        }
        boolean countedGramNoFilter = SearchText.length(plan.normalized()) <= 3 && query.kind() == null
                && query.status() == null && (query.jurisdiction() == null || query.jurisdiction().isBlank());
        long total = countedGramNoFilter ? countByGram(plan.normalized(), params) : jdbc.sql("select count(*) from (select 1" + from
                + " limit " + (EntityPage.COUNT_CAP + 1) + ") m").params(params).query(Long.class).single();
        if (total == 0) {
            return new EntityPage(List.of(), 0, false);
        }
        return new EntityPage(namePage(from, pageParams, total), Math.min(total, EntityPage.COUNT_CAP),
                total > EntityPage.COUNT_CAP);
    }

    /**
     * A page of name-search matches in a shuffled but stable order, {@code hashtext(code)}, read the
     * cheaper of two ways, chosen here because the number of matches is known: walking the index on
     * that order until the page is full reads about (offset + size) × entities ÷ matches rows (a
     * thousand for a fragment in 2 % of names, whatever it is); reading every match from the GIN index
     * and sorting reads the matches. PostgreSQL's own choice is often the walk when it is 10× slower.
     */
    private List<MarketEntity> namePage(String from, Map<String, Object> pageParams, long matches) {
        String order = " order by hashtext(code), code";
        long wanted = (long) pageParams.get("offset") + (int) pageParams.get("limit");
        double walk = (double) wanted * entityEstimate() / Math.max(1, matches);
        if (walk < Math.min(matches, EntityPage.COUNT_CAP + 1)) {
            // The planner underestimates fragments with a LIKE recheck and would read every match
            // instead; for the rest of this (read-only) transaction it may only walk the index.
            if (TransactionSynchronizationManager.isActualTransactionActive()) {
                jdbc.sql("set local enable_bitmapscan = off").update();
                jdbc.sql("set local enable_seqscan = off").update();
            }
            return page(from + order, pageParams);
        }
        // OFFSET 0 keeps the planner from walking the order's index instead of reading the matches.
        return jdbc.sql("select * from (select " + COLUMNS + ", hashtext(code) as shuffle" + from + " offset 0) m"
                        + " order by shuffle, code limit :limit offset :offset")
                .params(pageParams).query(Entities::map).list();
    }

    /**
     * For the rest of this (read-only) transaction: plans made for the fragment at hand, not the generic
     * plan PostgreSQL switches a prepared statement to after five runs (for name searches it chose a
     * parallel index scan costing 5 to 50 times more), and no parallel workers, which on a busy server
     * only add contention to a query of a few milliseconds.
     */
    private void planForTheseValues() {
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            jdbc.sql("set local max_parallel_workers_per_gather = 0").update();
        }
    }

    /**
     * The bigram of a longer fragment that the fewest entities have (from {@code name_gram_counts}; one
     * no entity has counts 0). Its index entries alone narrow the search as far as the index can, since
     * the recheck on the whole fragment decides anyway: a fragment such as 饮有限 would otherwise read
     * the entries of 有限, which most names have.
     */
    private String rarest(java.util.Set<String> bigrams) {
        var counts = new java.util.HashMap<String, Long>();
        jdbc.sql("select gram, entities from registry.name_gram_counts where gram = any(cast(? as text[]))")
                .param(arrayLiteral(bigrams)).query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return bigrams.stream().min(java.util.Comparator.comparingLong(g -> counts.getOrDefault(g, 0L))).orElseThrow();
    }

    /** How many entities there are, as PostgreSQL last counted them (no scan). */
    private long entityEstimate() {
        long estimate = jdbc.sql("select greatest(reltuples, 0)::bigint from pg_class where oid = 'registry.entities'::regclass")
                .query(Long.class).single();
        return Math.max(estimate, 1);
    }

    /**
     * The exact number of matches of a two- or three-character fragment without filters: entities
     * with that gram (kept in {@code name_gram_counts}), plus those whose legal representative has
     * that name and whose names do not contain it.
     */
    private long countByGram(String gram, Map<String, Object> params) {
        long withGram = jdbc.sql("select coalesce((select entities from registry.name_gram_counts where gram = ?), 0)")
                .param(gram).query(Long.class).single();
        String nameMatch = params.containsKey("pattern")
                ? "(name_bigrams @> cast(:bigrams as text[]) and search_names like :pattern)"
                : "name_bigrams @> cast(:bigrams as text[])";
        long byRepresentative = jdbc.sql("select count(*) from registry.entities where legal_rep_name = :q and not "
                + nameMatch).params(params).query(Long.class).single();
        return withGram + byRepresentative;
    }

    private List<MarketEntity> page(String fromWhereOrder, Map<String, Object> pageParams) {
        return jdbc.sql("select " + COLUMNS + fromWhereOrder + " limit :limit offset :offset").params(pageParams)
                .query(Entities::map).list();
    }
}
