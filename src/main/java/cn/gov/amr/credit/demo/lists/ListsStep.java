package cn.gov.amr.credit.demo.lists;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.amr.credit.calendar.WorkingCalendar;
import cn.gov.amr.credit.demo.DemoStep;
import cn.gov.amr.credit.demo.city.AsDemo;
import cn.gov.amr.credit.demo.city.DemoSettings;
import cn.gov.amr.credit.identity.Jurisdiction;
import cn.gov.amr.credit.ingestion.CreditRecords;
import cn.gov.amr.credit.lists.AnnualReportCompliance;
import cn.gov.amr.credit.lists.DailyListsResult;
import cn.gov.amr.credit.lists.EntityListed;
import cn.gov.amr.credit.lists.EntityRemoved;
import cn.gov.amr.credit.lists.ListDecisions;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.Lists;
import cn.gov.amr.credit.lists.Proposal;
import cn.gov.amr.credit.lists.ProposalAction;
import cn.gov.amr.credit.lists.ProposalQuery;
import cn.gov.amr.credit.lists.ProposalSource;
import cn.gov.amr.credit.lists.ProposalStatus;
import cn.gov.amr.credit.registry.EntityIdentity;
import cn.gov.amr.credit.registry.EntityStatus;
import cn.gov.amr.credit.registry.Registry;
import cn.gov.amr.credit.shared.LegalTime;
import cn.gov.amr.credit.shared.WorkingDays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.stereotype.Component;

/**
 * Demo step "lists", after last year's annual reports: this year's listings, markings and removals in the
 * seed's proportions ({@link ListingTargets#SEED}: 401 enterprises on the abnormal-operations list, 220
 * individual businesses marked abnormal, a fifth of them removed or restored again) and a handful of
 * serious dishonest listings after the demo's heaviest penalties, all through the lists' own operations
 * as {@code system:demo} with ADMIN: first the daily job ({@link ListDecisions#runDaily()}), whose
 * proposals for last year's non-filers the enterprises' listings for unfiled reports decide, then the
 * plan of {@link ListingPlan} and {@link DishonestPlan}. Deterministic from {@code credit.demo.seed};
 * made for the city of the seed's size only (another size: skipped, no marker), like the departments'
 * files. Finished once every listener has handled the decisions' events.
 */
@Component
class ListsStep implements DemoStep {

    /** The city size the seed's figures are made for. */
    static final int SEED_CITY = 80_000;
    private static final Logger log = LoggerFactory.getLogger(ListsStep.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final int PAGE = 200;

    private final DemoSettings settings;
    private final Registry registry;
    private final Lists lists;
    private final ListDecisions decisions;
    private final AnnualReportCompliance compliance;
    private final WorkingCalendar calendar;
    private final CreditRecords records;
    private final ObjectProvider<EventPublicationRegistry> publications;
    private final Clock clock;

    ListsStep(DemoSettings settings, Registry registry, Lists lists, ListDecisions decisions,
              AnnualReportCompliance compliance, WorkingCalendar calendar, CreditRecords records,
              ObjectProvider<EventPublicationRegistry> publications, Clock clock) {
        this.settings = settings;
        this.registry = registry;
        this.lists = lists;
        this.decisions = decisions;
        this.compliance = compliance;
        this.calendar = calendar;
        this.records = records;
        this.publications = publications;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "lists";
    }

    @Override
    public int order() {
        return 310;
    }

    @Override
    public boolean enabled() {
        return settings.lists();
    }

    @Override
    public boolean run() {
        if (settings.entities() != SEED_CITY) {
            log.warn("Demo: no listings for a city of {} entities: they are made for a city of {}",
                    settings.entities(), SEED_CITY);
            return false;
        }
        return AsDemo.call(() -> decide(ListingTargets.SEED));
    }

    /** Runs the daily job, plans the year's decisions for {@code targets} and makes them; false when none. */
    boolean decide(ListingTargets targets) {
        long started = System.nanoTime();
        LocalDate today = LegalTime.today(clock);
        int reportYear = today.getYear() - 1;
        DailyListsResult daily = decisions.runDaily();
        List<EntityIdentity> entities = registry.allIdentities();
        WorkingDays workingDays = calendar.workingDays();
        var words = ListsWords.load();
        var plan = new ListingPlan(words, workingDays, today, settings.seed(), authorities(words))
                .plan(targets, entities, nonFilers(), compliance.deadline(reportYear).plusDays(1));
        var active = entities.stream().filter(e -> e.status() == EntityStatus.ACTIVE).map(EntityIdentity::code).toList();
        var dishonest = new DishonestPlan(words, workingDays, today, settings.seed())
                .plan(targets.seriousDishonest(), new PenaltyRecords(records).of(active));
        var decided = new PlanDecisions(decisions, compliance).apply(plan, dishonest, reportYear);
        log.info("Demo: the daily lists job raised {} proposals; then {} abnormal listings, {} markings, {} removals,"
                        + " {} restorations and {} serious dishonest listings decided in {} ms", daily.proposalsRaised(),
                decided.listings(), decided.markings(), decided.removals(), decided.restorations(),
                decided.seriousDishonest(), (System.nanoTime() - started) / 1_000_000);
        return !plan.isEmpty() || !dishonest.isEmpty();
    }

    /** The open listing proposals for unfiled annual reports on the abnormal list: entity code → proposal id. */
    private Map<String, Long> nonFilers() {
        var found = new HashMap<String, Long>();
        for (int page = 1; ; page++) {
            var proposals = lists.proposals(new ProposalQuery(ListKind.ABNORMAL, ProposalStatus.OPEN, null, null, page,
                    PAGE));
            for (Proposal p : proposals.items()) {
                if (p.source() == ProposalSource.ANNUAL_REPORT && p.action() == ProposalAction.LISTING) {
                    found.putIfAbsent(p.entityCode(), p.id());
                }
            }
            if (proposals.items().size() < PAGE || (long) page * PAGE >= proposals.total()) {
                return found;
            }
        }
    }

    /** The deciding authority of a jurisdiction: the bureau's branch there (the bureau itself when unknown). */
    private Function<String, String> authorities(ListsWords words) {
        Map<String, String> branches = registry.jurisdictions().stream()
                .collect(Collectors.toMap(Jurisdiction::code, j -> words.bureau() + j.nameZh()));
        return jurisdiction -> branches.getOrDefault(jurisdiction, words.bureau());
    }

    /** Until every listener has handled the decisions' events (the credit file, the public report, search marks). */
    @Override
    public void awaitFinished() throws InterruptedException {
        long started = System.nanoTime();
        var registry = publications.getIfAvailable();
        while (registry != null && registry.findIncompletePublications().stream()
                .filter(p -> p.getStatus() != EventPublication.Status.FAILED)
                .map(EventPublication::getEvent)
                .anyMatch(e -> e instanceof EntityListed || e instanceof EntityRemoved)) {
            Thread.sleep(POLL.toMillis());
        }
        log.info("Demo: the lists' decisions reached every listener (waited {} s)",
                Duration.ofNanos(System.nanoTime() - started).toSeconds());
    }
}
