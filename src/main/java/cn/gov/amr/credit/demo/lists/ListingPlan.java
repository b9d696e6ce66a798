package cn.gov.amr.credit.demo.lists;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

import cn.gov.amr.credit.demo.lists.ListsWords.DocumentKind;
import cn.gov.amr.credit.demo.lists.PlannedListing.PlannedRemoval;
import cn.gov.amr.credit.lists.AbnormalGround;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.registry.EntityIdentity;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityStatus;
import cn.gov.amr.credit.shared.WorkingDays;

/**
 * The year's abnormal listings and markings of the demo city, deterministic from a seed: which active
 * entity, on what ground, on which working day (from 1 January of {@code today}'s year to {@code today},
 * never before the entity existed, never in the future), under which document, and which of them are
 * removed or restored again. Enterprises that did not file last year's annual report are listed on that
 * ground (each deciding its open proposal) within 10 working days of the ground arising, one decision
 * document per jurisdiction; the other listings are spread over the year on the other grounds. No entity
 * is listed twice, so the one-listing-per-ground-per-year rule holds. Pure: no database, no clock.
 */
final class ListingPlan {

    /** Listing within 10 working days of the ground arising (DOMAIN §7). */
    static final int LISTING_WITHIN_WORKING_DAYS = 10;
    /** A removal comes at least this long after its listing (the marking's 30-day objection window included). */
    static final int DAYS_BEFORE_REMOVAL = 30;
    private static final long SALT = 0x4C49_5354L;
    private static final Map<AbnormalGround, Integer> ENTERPRISE_GROUNDS = weights(55, 20, 15, 10);
    private static final Map<AbnormalGround, Integer> INDIVIDUAL_GROUNDS = weights(75, 10, 10, 5);

    private final ListsWords words;
    private final WorkingDays workingDays;
    private final LocalDate today;
    private final Function<String, String> authorityOf;
    private final Random random;
    private final List<LocalDate> days;

    /**
     * @param authorityOf the deciding authority of an entity's jurisdiction (the bureau's branch)
     */
    ListingPlan(ListsWords words, WorkingDays workingDays, LocalDate today, long seed,
                Function<String, String> authorityOf) {
        this.words = words;
        this.workingDays = workingDays;
        this.today = today;
        this.authorityOf = authorityOf;
        this.random = new Random(seed ^ SALT);
        this.days = between(LocalDate.of(today.getYear(), 1, 1), today);
    }

    /**
     * @param entities          the registered entities (any order; only active ones are listed)
     * @param nonFilers         open listing proposals for unfiled annual reports: entity code → proposal id
     * @param reportGroundArose the day after last year's filing deadline (1 July)
     */
    List<PlannedListing> plan(ListingTargets targets, List<EntityIdentity> entities, Map<String, Long> nonFilers,
                              LocalDate reportGroundArose) {
        var active = entities.stream()
                .filter(e -> e.status() == EntityStatus.ACTIVE && e.establishedOn() != null
                        && e.establishedOn().isBefore(today))
                .sorted(Comparator.comparing(EntityIdentity::code)).toList();
        var drafts = new ArrayList<Draft>();
        Set<String> taken = new HashSet<>();
        annualReportListings(targets, active, nonFilers, reportGroundArose, drafts, taken);
        int others = targets.enterprises() - drafts.size();
        otherListings(ListKind.ABNORMAL, EntityKind.ENTERPRISE, others, ENTERPRISE_GROUNDS, active, drafts, taken);
        otherListings(ListKind.ABNORMAL_STATE, EntityKind.INDIVIDUAL_BUSINESS, targets.individuals(),
                INDIVIDUAL_GROUNDS, active, drafts, taken);
        removals(targets, drafts);
        return number(drafts);
    }

    private void annualReportListings(ListingTargets targets, List<EntityIdentity> active, Map<String, Long> nonFilers,
                                      LocalDate arose, List<Draft> drafts, Set<String> taken) {
        var window = between(arose, workingDays.addWorkingDays(arose, LISTING_WITHIN_WORKING_DAYS));
        if (window.isEmpty()) {
            return;
        }
        var candidates = new ArrayList<>(active.stream()
                .filter(e -> e.kind() == EntityKind.ENTERPRISE && nonFilers.containsKey(e.code())).toList());
        Collections.shuffle(candidates, random);
        var chosen = candidates.subList(0, Math.min(candidates.size(), targets.annualReportListingsAtMost()));
        var dayOf = new TreeMap<String, LocalDate>();
        for (EntityIdentity e : chosen.stream().sorted(Comparator.comparing(EntityIdentity::code)).toList()) {
            LocalDate day = dayOf.computeIfAbsent(String.valueOf(e.jurisdiction()),
                    j -> window.get(random.nextInt(window.size())));
            if (!day.isAfter(e.establishedOn())) {
                continue;
            }
            drafts.add(new Draft(ListKind.ABNORMAL, e, AbnormalGround.ANNUAL_REPORT_NOT_FILED, day,
                    "jurisdiction:" + e.jurisdiction(), nonFilers.get(e.code())));
            taken.add(e.code());
        }
    }

    private void otherListings(ListKind list, EntityKind kind, int count, Map<AbnormalGround, Integer> grounds,
                               List<EntityIdentity> active, List<Draft> drafts, Set<String> taken) {
        var pool = new ArrayList<>(active.stream().filter(e -> e.kind() == kind && !taken.contains(e.code())).toList());
        Collections.shuffle(pool, random);
        int made = 0;
        for (int i = 0; i < pool.size() && made < count; i++) {
            EntityIdentity e = pool.get(i);
            var possible = from(e.establishedOn().plusDays(1));
            if (possible.isEmpty()) {
                continue;
            }
            LocalDate day = possible.get(random.nextInt(possible.size()));
            drafts.add(new Draft(list, e, pick(grounds), day, "entity:" + e.code(), null));
            taken.add(e.code());
            made++;
        }
    }

    private void removals(ListingTargets targets, List<Draft> drafts) {
        int count = Math.round(drafts.size() * targets.removedPerMille() / 1000f);
        var order = new ArrayList<>(drafts);
        Collections.shuffle(order, random);
        for (int i = 0; i < order.size() && count > 0; i++) {
            Draft d = order.get(i);
            var possible = from(d.decidedOn.plusDays(DAYS_BEFORE_REMOVAL));
            if (possible.isEmpty()) {
                continue;
            }
            d.removedOn = possible.get(random.nextInt(possible.size()));
            if (d.ground == AbnormalGround.ANNUAL_REPORT_NOT_FILED) {
                long gap = ChronoUnit.DAYS.between(d.decidedOn, d.removedOn);
                d.filedOn = d.decidedOn.plusDays(1 + random.nextInt((int) gap - 1));
            }
            count--;
        }
    }

    /** Numbers the documents of each kind in order of date (one document may name several parties). */
    private List<PlannedListing> number(List<Draft> drafts) {
        drafts.sort(Comparator.comparing((Draft d) -> d.decidedOn).thenComparing(d -> d.entity.code()));
        var listingNumbers = numbers(drafts, d -> d.list == ListKind.ABNORMAL ? DocumentKind.LISTING : DocumentKind.MARKING,
                d -> d.decidedOn, d -> d.document);
        var removed = drafts.stream().filter(d -> d.removedOn != null)
                .sorted(Comparator.comparing((Draft d) -> d.removedOn).thenComparing(d -> d.entity.code())).toList();
        var removalNumbers = numbers(removed, d -> d.list == ListKind.ABNORMAL ? DocumentKind.REMOVAL
                : DocumentKind.RESTORATION, d -> d.removedOn, d -> d.entity.code());
        return drafts.stream().map(d -> new PlannedListing(d.list, d.entity.code(), d.entity.jurisdiction(), d.ground,
                d.decidedOn, listingNumbers.get(d), authorityOf.apply(d.entity.jurisdiction()), d.proposalId,
                d.removedOn == null ? null : new PlannedRemoval(d.removedOn, removalNumbers.get(d),
                        words.reason(d.ground), d.filedOn))).toList();
    }

    /** The document number of each draft: drafts of one kind, day and document key share one. */
    private Map<Draft, String> numbers(List<Draft> ordered, Function<Draft, DocumentKind> kindOf,
                                       Function<Draft, LocalDate> dayOf, Function<Draft, String> keyOf) {
        var counters = new TreeMap<String, Integer>();
        var documents = new LinkedHashMap<String, String>();
        var numbers = new LinkedHashMap<Draft, String>();
        for (Draft d : ordered) {
            DocumentKind kind = kindOf.apply(d);
            LocalDate day = dayOf.apply(d);
            String document = kind + "|" + day + "|" + keyOf.apply(d);
            numbers.put(d, documents.computeIfAbsent(document, k -> words.documentNumber(kind, day,
                    counters.merge(kind + "|" + day.getYear(), 1, Integer::sum))));
        }
        return numbers;
    }

    private AbnormalGround pick(Map<AbnormalGround, Integer> weights) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int roll = random.nextInt(total);
        for (var entry : weights.entrySet()) {
            roll -= entry.getValue();
            if (roll < 0) {
                return entry.getKey();
            }
        }
        throw new IllegalStateException("no ground picked");
    }

    /** The working days of the year from {@code first} to today. */
    private List<LocalDate> from(LocalDate first) {
        int at = Collections.binarySearch(days, first);
        return days.subList(at >= 0 ? at : -at - 1, days.size());
    }

    /** The working days in [first, last], never after today. */
    private List<LocalDate> between(LocalDate first, LocalDate last) {
        var found = new ArrayList<LocalDate>();
        for (LocalDate day = first; !day.isAfter(last) && !day.isAfter(today); day = day.plusDays(1)) {
            if (workingDays.isWorkingDay(day)) {
                found.add(day);
            }
        }
        return found;
    }

    private static Map<AbnormalGround, Integer> weights(int unreachable, int ordered, int falseInformation, int name) {
        var weights = new LinkedHashMap<AbnormalGround, Integer>();
        weights.put(AbnormalGround.ADDRESS_UNREACHABLE, unreachable);
        weights.put(AbnormalGround.ORDERED_INFORMATION_NOT_PUBLISHED, ordered);
        weights.put(AbnormalGround.FALSE_INFORMATION, falseInformation);
        weights.put(AbnormalGround.NAME_NOT_CHANGED, name);
        return weights;
    }

    /** A listing being planned (mutable until numbered). */
    private static final class Draft {
        final ListKind list;
        final EntityIdentity entity;
        final AbnormalGround ground;
        final LocalDate decidedOn;
        final String document;
        final Long proposalId;
        LocalDate removedOn;
        LocalDate filedOn;

        Draft(ListKind list, EntityIdentity entity, AbnormalGround ground, LocalDate decidedOn, String document,
              Long proposalId) {
            this.list = list;
            this.entity = entity;
            this.ground = ground;
            this.decidedOn = decidedOn;
            this.document = document;
            this.proposalId = proposalId;
        }
    }
}
