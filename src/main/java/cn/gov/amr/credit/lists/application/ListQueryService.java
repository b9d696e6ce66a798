package cn.gov.amr.credit.lists.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.ListMarks;
import cn.gov.amr.credit.lists.ListStatistics;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.ListingQuery;
import cn.gov.amr.credit.lists.Lists;
import cn.gov.amr.credit.lists.Proposal;
import cn.gov.amr.credit.lists.ProposalQuery;
import cn.gov.amr.credit.lists.infrastructure.ListingSearch;
import cn.gov.amr.credit.lists.infrastructure.ListingSearch.Dimension;
import cn.gov.amr.credit.lists.infrastructure.ListingStore;
import cn.gov.amr.credit.lists.infrastructure.ProposalStore;
import cn.gov.amr.credit.lists.model.ListTiming;
import cn.gov.amr.credit.shared.LegalTime;
import cn.gov.amr.credit.shared.Paged;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the lists hold ({@link Lists}), read live from the lists' tables. */
@Service
class ListQueryService implements Lists {

    private static final List<ListKind> ABNORMAL = List.of(ListKind.ABNORMAL, ListKind.ABNORMAL_STATE);
    private final ListingStore listings;
    private final ListingSearch search;
    private final ProposalStore proposals;
    private final ListTiming timing;
    private final Clock clock;

    ListQueryService(ListingStore listings, ListingSearch search, ProposalStore proposals, ListSettings settings,
                     Clock clock) {
        this.listings = listings;
        this.search = search;
        this.proposals = proposals;
        this.timing = settings.timing();
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Listing> of(String entityCode) {
        return listings.ofEntity(entityCode);
    }

    @Override
    @Transactional(readOnly = true)
    public Listing get(ListKind list, long id) {
        return listings.find(id).filter(l -> l.list() == list)
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "LISTING_NOT_FOUND", id));
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, ListMarks> marksOf(Collection<String> entityCodes, LocalDate day) {
        return entityCodes.isEmpty() ? Map.of() : listings.marks(entityCodes, day);
    }

    @Override
    @Transactional(readOnly = true)
    public Stream<Listing> streamAll(Collection<ListKind> lists) {
        return listings.stream(lists);
    }

    @Override
    @Transactional(readOnly = true)
    public Paged<Listing> search(ListingQuery query) {
        return Paged.of(search.search(query), query.page(), query.size(), search.count(query));
    }

    @Override
    @Transactional(readOnly = true)
    public Paged<Proposal> proposals(ProposalQuery query) {
        return Paged.of(proposals.search(query, LegalTime.today(clock)), query.page(), query.size(),
                proposals.count(query));
    }

    @Override
    @Transactional(readOnly = true)
    public List<Listing> reachingThreeYears(LocalDate today, int days, String jurisdiction) {
        // the anniversary in (today, today + days]: listed in (today - years, today + days - years]
        LocalDate from = today.minusYears(timing.abnormalYears()).plusDays(1);
        LocalDate to = today.plusDays(days).minusYears(timing.abnormalYears());
        return search.abnormalDecidedBetween(from, to, jurisdiction).stream()
                .filter(l -> timing.abnormalYearsReached(l.decidedOn()).isAfter(today)
                        && !timing.abnormalYearsReached(l.decidedOn()).isAfter(today.plusDays(days)))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public ListStatistics statistics(int year, String jurisdiction) {
        var byMonth = search.counts(year, jurisdiction, ABNORMAL, Dimension.MONTH);
        var serious = search.counts(year, jurisdiction, List.of(ListKind.SERIOUS_DISHONEST), Dimension.KIND);
        return new ListStatistics(year, jurisdiction,
                byMonth.stream().mapToLong(c -> c.listings()).sum(), byMonth.stream().mapToLong(c -> c.removals()).sum(),
                byMonth, search.counts(year, jurisdiction, ABNORMAL, Dimension.KIND),
                search.counts(year, jurisdiction, ABNORMAL, Dimension.GROUND),
                search.counts(year, jurisdiction, ABNORMAL, Dimension.JURISDICTION),
                serious.stream().mapToLong(c -> c.listings()).sum(), serious.stream().mapToLong(c -> c.removals()).sum());
    }
}
