package cn.gov.amr.credit.demo.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.amr.credit.lists.AbnormalGround;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.registry.EntityIdentity;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityStatus;
import cn.gov.amr.credit.shared.WorkingDays;
import org.junit.jupiter.api.Test;

/**
 * The year's listings of the demo city, planned without the database: the seed's proportions, dates on
 * working days of the year never in the future nor before the entity existed, listings for unfiled
 * reports within 10 working days of 1 July deciding their proposals, and the same seed giving the same plan.
 */
class ListingPlanTest {

    private static final long SEED = 360481L;
    private static final LocalDate JULY_FIRST = LocalDate.of(2026, 7, 1);
    private static final List<EntityIdentity> CITY = ListsFixtures.city(80_000, SEED);
    private static final WorkingDays DAYS = ListsFixtures.calendar2026();
    private static final ListsWords WORDS = ListsWords.load();

    private static final Map<String, Long> NON_FILERS = nonFilers();
    private final Map<String, Long> nonFilers = NON_FILERS;
    private final Map<String, EntityIdentity> byCode = CITY.stream()
            .collect(Collectors.toMap(EntityIdentity::code, Function.identity()));

    @Test
    void theSeedsTargetsGiveTheSeedsYear401EnterprisesAnd220IndividualBusinesses() {
        var plan = plan(SEED, ListingTargets.SEED, nonFilers);

        assertThat(plan).hasSize(621);
        var listed = plan.stream().filter(p -> p.list() == ListKind.ABNORMAL).toList();
        var marked = plan.stream().filter(p -> p.list() == ListKind.ABNORMAL_STATE).toList();
        assertThat(listed).hasSize(401).allSatisfy(p -> assertThat(kind(p)).isEqualTo(EntityKind.ENTERPRISE));
        assertThat(marked).hasSize(220).allSatisfy(p -> {
            assertThat(kind(p)).isEqualTo(EntityKind.INDIVIDUAL_BUSINESS);
            assertThat(p.ground()).isNotEqualTo(AbnormalGround.ANNUAL_REPORT_NOT_FILED);
        });
        assertThat(plan).extracting(PlannedListing::code).doesNotHaveDuplicates();
        assertThat(plan).allSatisfy(p -> assertThat(byCode.get(p.code()).status()).isEqualTo(EntityStatus.ACTIVE));
    }

    @Test
    void mostEnterpriseListingsAreForUnfiledReportsAndDecideTheirProposals() {
        var plan = plan(SEED, ListingTargets.SEED, nonFilers);

        var forReports = plan.stream().filter(p -> p.ground() == AbnormalGround.ANNUAL_REPORT_NOT_FILED).toList();
        assertThat(forReports).hasSize(Math.min(enterpriseNonFilers(), ListingTargets.SEED.annualReportListingsAtMost()));
        assertThat(forReports.size()).isGreaterThan(401 / 2);
        assertThat(forReports).allSatisfy(p -> assertThat(p.proposalId()).isEqualTo(nonFilers.get(p.code())));
        assertThat(plan.stream().filter(p -> p.ground() != AbnormalGround.ANNUAL_REPORT_NOT_FILED))
                .allSatisfy(p -> assertThat(p.proposalId()).isNull());
        var otherGrounds = plan.stream().filter(p -> p.list() == ListKind.ABNORMAL).map(PlannedListing::ground)
                .collect(Collectors.toSet());
        assertThat(otherGrounds).containsExactlyInAnyOrder(AbnormalGround.values());
    }

    @Test
    void listingsForUnfiledReportsFallWithinTenWorkingDaysOfFirstJulyOneDocumentPerJurisdiction() {
        var plan = plan(SEED, ListingTargets.SEED, nonFilers);

        LocalDate due = DAYS.addWorkingDays(JULY_FIRST, ListingPlan.LISTING_WITHIN_WORKING_DAYS);
        assertThat(due).isEqualTo(LocalDate.of(2026, 7, 15));
        var forReports = plan.stream().filter(p -> p.ground() == AbnormalGround.ANNUAL_REPORT_NOT_FILED).toList();
        assertThat(forReports).allSatisfy(p -> assertThat(p.decidedOn()).isBetween(JULY_FIRST, due));
        var documents = forReports.stream().collect(Collectors.groupingBy(PlannedListing::jurisdiction,
                Collectors.mapping(PlannedListing::documentNumber, Collectors.toSet())));
        assertThat(documents.values()).allSatisfy(numbers -> assertThat(numbers).hasSize(1));
        assertThat(documents.values().stream().flatMap(numbers -> numbers.stream()).distinct().count())
                .isEqualTo(documents.size());
    }

    @Test
    void everyDecisionFallsOnAWorkingDayOfTheYearNeverInTheFutureNorBeforeTheEntityExisted() {
        var plan = plan(SEED, ListingTargets.SEED, nonFilers);

        LocalDate yearStart = LocalDate.of(2026, 1, 1);
        assertThat(plan).allSatisfy(p -> {
            assertThat(DAYS.isWorkingDay(p.decidedOn())).as(p.decidedOn() + " is a working day").isTrue();
            assertThat(p.decidedOn()).isBetween(yearStart, ListsFixtures.TODAY)
                    .isAfter(byCode.get(p.code()).establishedOn());
        });
        var months = plan.stream().map(p -> p.decidedOn().getMonthValue()).collect(Collectors.toSet());
        assertThat(months).as("spread over the year").hasSizeGreaterThanOrEqualTo(11);
    }

    @Test
    void aFifthAreRemovedOnALaterWorkingDayAndMissingReportsAreFiledBeforeTheirRemoval() {
        var plan = plan(SEED, ListingTargets.SEED, nonFilers);

        var removed = plan.stream().filter(p -> p.removal() != null).toList();
        assertThat(removed).hasSize(Math.round(621 * 0.2f));
        assertThat(removed).allSatisfy(p -> {
            var r = p.removal();
            assertThat(DAYS.isWorkingDay(r.decidedOn())).isTrue();
            assertThat(r.decidedOn()).isAfterOrEqualTo(p.decidedOn().plusDays(ListingPlan.DAYS_BEFORE_REMOVAL))
                    .isBeforeOrEqualTo(ListsFixtures.TODAY);
            assertThat(r.reason()).isEqualTo(WORDS.reason(p.ground()));
            if (p.ground() == AbnormalGround.ANNUAL_REPORT_NOT_FILED) {
                assertThat(r.filedOn()).isAfter(p.decidedOn()).isBefore(r.decidedOn());
            } else {
                assertThat(r.filedOn()).isNull();
            }
        });
        assertThat(removed).anyMatch(p -> p.list() == ListKind.ABNORMAL)
                .anyMatch(p -> p.list() == ListKind.ABNORMAL_STATE)
                .anyMatch(p -> p.ground() == AbnormalGround.ANNUAL_REPORT_NOT_FILED);
    }

    @Test
    void documentsAreNumberedInOrderOfDateWithinEachKindInTheCitysStyle() {
        var plan = plan(SEED, ListingTargets.SEED, nonFilers);

        var byDate = plan.stream().filter(p -> p.list() == ListKind.ABNORMAL_STATE)
                .sorted(java.util.Comparator.comparing(PlannedListing::decidedOn).thenComparing(PlannedListing::code))
                .toList();
        assertThat(byDate.get(0).documentNumber()).isEqualTo("瑞市监异标字〔2026〕第1号");
        assertThat(byDate).extracting(PlannedListing::documentNumber).doesNotHaveDuplicates();
        var removals = plan.stream().filter(p -> p.removal() != null).map(p -> p.removal().documentNumber()).toList();
        assertThat(removals).doesNotHaveDuplicates()
                .allSatisfy(n -> assertThat(n).matches("瑞市监异(移|恢)字〔2026〕第\\d+号"));
        assertThat(plan).allSatisfy(p -> assertThat(p.authority()).isEqualTo("authority of " + p.jurisdiction()));
    }

    @Test
    void theSameSeedGivesTheSamePlanAndAnotherSeedAnother() {
        assertThat(plan(SEED, ListingTargets.SEED, nonFilers)).isEqualTo(plan(SEED, ListingTargets.SEED, nonFilers));
        assertThat(plan(SEED + 1, ListingTargets.SEED, nonFilers)).isNotEqualTo(plan(SEED, ListingTargets.SEED, nonFilers));
    }

    @Test
    void withoutNonFilersTheEnterprisesAreListedOnOtherGroundsAndBeforeJulyNoneForReports() {
        var none = plan(SEED, ListingTargets.SEED, Map.of());
        assertThat(none).hasSize(621).noneMatch(p -> p.ground() == AbnormalGround.ANNUAL_REPORT_NOT_FILED);

        var inJune = new ListingPlan(WORDS, DAYS, LocalDate.of(2026, 6, 30), SEED, j -> "authority of " + j)
                .plan(ListingTargets.SEED, CITY, nonFilers, JULY_FIRST);
        assertThat(inJune).noneMatch(p -> p.ground() == AbnormalGround.ANNUAL_REPORT_NOT_FILED)
                .allSatisfy(p -> assertThat(p.decidedOn()).isBeforeOrEqualTo(LocalDate.of(2026, 6, 30)));
    }

    private static List<PlannedListing> plan(long seed, ListingTargets targets, Map<String, Long> nonFilers) {
        return new ListingPlan(WORDS, DAYS, ListsFixtures.TODAY, seed, j -> "authority of " + j)
                .plan(targets, CITY, nonFilers, JULY_FIRST);
    }

    private EntityKind kind(PlannedListing p) {
        return byCode.get(p.code()).kind();
    }

    private int enterpriseNonFilers() {
        return (int) nonFilers.keySet().stream().filter(c -> byCode.get(c).kind() == EntityKind.ENTERPRISE).count();
    }

    /** Those who did not file 2025's report, as the daily job proposes them (enterprises and cooperatives). */
    private static Map<String, Long> nonFilers() {
        var reports = new LastYearReports(2025, CITY, LocalDate.of(2026, 6, 30), SEED);
        var filed = new HashSet<>(reports.filers().stream().map(EntityIdentity::code).toList());
        var proposals = new HashMap<String, Long>();
        long id = 1000;
        for (EntityIdentity e : CITY) {
            if (e.status() == EntityStatus.ACTIVE && !e.establishedOn().isAfter(LocalDate.of(2025, 12, 31))
                    && e.kind() != EntityKind.INDIVIDUAL_BUSINESS && !filed.contains(e.code())) {
                proposals.put(e.code(), id++);
            }
        }
        return proposals;
    }
}
