package cn.gov.amr.credit.lists;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.gov.amr.credit.shared.Paged;

/**
 * What the lists hold, for other modules and the pages: an entity's listings, marks for search
 * results, the listings for the bulk file, filtered lists, proposals, the three-year warnings and the
 * statistics. Read-only; decisions go through {@link ListDecisions}.
 */
public interface Lists {

    /** Every listing of an entity on every list, newest decision first (removed ones included). */
    List<Listing> of(String entityCode);

    /** One listing; refused as {@code LISTING_NOT_FOUND} (404) when there is none on that list. */
    Listing get(ListKind list, long id);

    /** The marks of these entities on {@code day} (entities on no list are absent from the map). */
    Map<String, ListMarks> marksOf(Collection<String> entityCodes, LocalDate day);

    /**
     * Every listing of these lists, ordered by entity code then decision date, streamed (the caller
     * closes the stream, inside a transaction).
     */
    Stream<Listing> streamAll(Collection<ListKind> lists);

    Paged<Listing> search(ListingQuery query);

    Paged<Proposal> proposals(ProposalQuery query);

    /**
     * Abnormal listings (enterprises) in force whose third anniversary falls within {@code days} days
     * from {@code today} (the public warning notice before the move to the serious dishonest list).
     */
    List<Listing> reachingThreeYears(LocalDate today, int days, String jurisdiction);

    ListStatistics statistics(int year, String jurisdiction);
}
