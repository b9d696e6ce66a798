package cn.gov.amr.credit.disclosure;

import cn.gov.amr.credit.registry.EntityQuery;
import cn.gov.amr.credit.registry.Registry;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What anyone may look up without signing in: public search (so far; the public report follows). */
@Service
public class PublicCredit {

    private final Registry registry;

    PublicCredit(Registry registry) {
        this.registry = registry;
    }

    /**
     * Entities by a name fragment of two or more characters, a credit code or a registration number;
     * a shorter query is refused with a message saying what to enter.
     */
    @Transactional(readOnly = true)
    public PublicSearchPage search(String q, int page, int size) {
        var query = new EntityQuery(q, null, null, null, page, size);
        var result = registry.search(query);
        return new PublicSearchPage(result.items().stream().map(PublicEntitySummary::of).toList(), query.page(),
                query.size(), result.total(), result.totalCapped());
    }
}
