package cn.gov.amr.credit.demo.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import cn.gov.amr.credit.calendar.WorkingCalendar;
import cn.gov.amr.credit.demo.city.AsDemo;
import cn.gov.amr.credit.demo.city.SyntheticCity;
import cn.gov.amr.credit.lists.AbnormalGround;
import cn.gov.amr.credit.lists.AnnualReportCompliance;
import cn.gov.amr.credit.lists.DishonestField;
import cn.gov.amr.credit.lists.ListDecisions;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.Lists;
import cn.gov.amr.credit.lists.RemovalKind;
import cn.gov.amr.credit.registry.EntityBulkLoad;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityStatus;
import cn.gov.amr.credit.registry.MarketEntity;
import cn.gov.amr.credit.registry.Registry;
import cn.gov.amr.credit.shared.LegalTime;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo's plan made through the lists' own operations on real PostgreSQL, for a handful of entities of
 * a small synthetic city (not the whole demo city): each planned listing, marking, removal, restoration
 * and serious dishonest listing is there with its ground, date, document number and authority, and a
 * listing for unfiled reports is removed only after the missing report was entered as filed.
 */
class ListsDemoDecisionsTest extends PlatformIntegrationTest {

    @Autowired
    EntityBulkLoad bulkLoad;
    @Autowired
    Registry registry;
    @Autowired
    ListDecisions decisions;
    @Autowired
    AnnualReportCompliance compliance;
    @Autowired
    Lists lists;
    @Autowired
    WorkingCalendar calendar;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    Clock clock;

    @Test
    void thePlannedDecisionsAreMadeThroughTheListsOwnOperations() {
        long seed = System.nanoTime();
        var city = StreamSupport.stream(new SyntheticCity(seed, 60, Instant.now(clock)).spliterator(), false).toList();
        transactions.executeWithoutResult(s -> bulkLoad.load(city.iterator()));
        var entities = registry.identities(city.stream().map(MarketEntity::code).toList(), List.of(), List.of(),
                List.of());
        LocalDate today = LegalTime.today(clock);
        int reportYear = today.getYear() - 1;
        var nonFiler = entities.stream().filter(e -> e.kind() == EntityKind.ENTERPRISE
                && e.status() == EntityStatus.ACTIVE && e.establishedOn().getYear() <= reportYear).findFirst().orElseThrow();
        Map<String, Long> nonFilers = new HashMap<>();
        nonFilers.put(nonFiler.code(), null);
        var words = ListsWords.load();
        var plan = new ListingPlan(words, calendar.workingDays(), today, seed, j -> words.bureau() + "-" + j)
                .plan(new ListingTargets(3, 3, 1000, 0, 1), entities, nonFilers,
                        compliance.deadline(reportYear).plusDays(1));
        var penalty = new HeavyPenalty(nonFiler.code(), "TEST-" + seed, LocalDate.of(today.getYear(), 1, 5),
                BigDecimal.valueOf(300_000), "《中华人民共和国食品安全法》第一百二十四条", words.bureau());
        var dishonest = new DishonestPlan(words, calendar.workingDays(), today, seed).plan(1, List.of(penalty));
        assertThat(plan).hasSize(6);
        assertThat(dishonest).hasSize(1);

        var decided = AsDemo.call(() -> transactions.execute(s ->
                new PlanDecisions(decisions, compliance).apply(plan, dishonest, reportYear)));

        long removals = plan.stream().filter(p -> p.removal() != null && p.list() == ListKind.ABNORMAL).count();
        long restorations = plan.stream().filter(p -> p.removal() != null && p.list() == ListKind.ABNORMAL_STATE).count();
        assertThat(decided).isEqualTo(new PlanDecisions.Decided(3, 3, (int) removals, (int) restorations, 1));
        assertThat(removals + restorations).as("listed a month or more before today: removed").isPositive();
        for (PlannedListing p : plan) {
            Listing listing = only(lists.of(p.code()), p.list());
            assertThat(listing.ground()).isEqualTo(p.ground().name());
            assertThat(listing.decidedOn()).isEqualTo(p.decidedOn());
            assertThat(listing.documentNumber()).isEqualTo(p.documentNumber());
            if (p.removal() == null) {
                assertThat(listing.removal()).isNull();
            } else {
                assertThat(listing.removal().kind()).isEqualTo(RemovalKind.DECISION);
                assertThat(listing.removal().decidedOn()).isEqualTo(p.removal().decidedOn());
                assertThat(listing.removal().documentNumber()).isEqualTo(p.removal().documentNumber());
                assertThat(listing.removal().reason()).isEqualTo(p.removal().reason());
            }
            if (p.list() == ListKind.ABNORMAL) {
                assertThat(listing.authority()).isEqualTo(p.authority());
            }
        }
        plan.stream().filter(p -> p.ground() == AbnormalGround.ANNUAL_REPORT_NOT_FILED && p.removal() != null)
                .forEach(p -> assertThat(compliance.filedYears(p.code())).as("entered as filed late").contains(reportYear));
        Listing serious = only(lists.of(nonFiler.code()), ListKind.SERIOUS_DISHONEST);
        assertThat(serious.ground()).isEqualTo(DishonestField.FOOD_SAFETY.name());
        assertThat(serious.penaltyDocumentNumber()).isEqualTo("TEST-" + seed);
        assertThat(serious.authority()).isEqualTo(words.bureau());
        assertThat(serious.documentNumber()).isEqualTo(dishonest.get(0).documentNumber());
    }

    private static Listing only(List<Listing> listings, ListKind list) {
        var found = listings.stream().filter(l -> l.list() == list).toList();
        assertThat(found).hasSize(1);
        return found.get(0);
    }
}
