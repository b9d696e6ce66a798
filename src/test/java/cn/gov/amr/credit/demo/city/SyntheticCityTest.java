package cn.gov.amr.credit.demo.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityStatus;
import cn.gov.amr.credit.registry.MarketEntity;
import cn.gov.amr.credit.shared.CreditCode;
import cn.gov.amr.credit.shared.OrganisationCode;
import cn.gov.amr.credit.shared.RegistrationNumber;
import cn.gov.amr.credit.shared.ResidentIdNumber;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The demo city looks like the seed's: mix of kinds, valid codes, a handful flagged, towns, dates. */
class SyntheticCityTest {

    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");
    private static List<MarketEntity> city;

    @BeforeAll
    static void generate() {
        city = new ArrayList<>();
        new SyntheticCity(360481L, 80_000, NOW).forEach(city::add);
    }

    @Test
    void theSameSeedGivesTheSameCity() {
        var again = new ArrayList<MarketEntity>();
        new SyntheticCity(360481L, 200, NOW).forEach(again::add);
        assertThat(again).isEqualTo(city.subList(0, 200));
        var other = new ArrayList<MarketEntity>();
        new SyntheticCity(7L, 200, NOW).forEach(other::add);
        assertThat(other).isNotEqualTo(again);
    }

    @Test
    void hasEightyThousandEntitiesWithUniqueCodes() {
        assertThat(city).hasSize(80_000);
        assertThat(new HashSet<>(city.stream().map(MarketEntity::code).toList())).hasSize(80_000);
    }

    @Test
    void kindsAreMixedLikeTheSeedCity() {
        Map<EntityKind, Integer> counts = new EnumMap<>(EntityKind.class);
        city.forEach(e -> counts.merge(e.kind(), 1, Integer::sum));
        assertThat(counts.get(EntityKind.ENTERPRISE) / 800.0).isBetween(33.0, 37.0);
        assertThat(counts.get(EntityKind.INDIVIDUAL_BUSINESS) / 800.0).isBetween(60.0, 64.0);
        assertThat(counts.get(EntityKind.COOPERATIVE) / 800.0).isBetween(2.0, 4.0);
    }

    @Test
    void codesAreValidForTheRegionExceptAHandfulFlaggedForReview() {
        var flagged = city.stream().filter(MarketEntity::reviewFlag).toList();
        assertThat(flagged).hasSizeBetween(2, 10);
        flagged.forEach(e -> {
            var checked = CreditCode.check(e.code());
            assertThat(checked.valid()).isFalse();
            assertThat(checked.errors()).allMatch(p -> p.code().equals("IDENTIFIER_CHECK_CHARACTER"));
        });
        city.stream().filter(e -> !e.reviewFlag()).forEach(e -> {
            var code = CreditCode.of(e.code());
            assertThat(code.regionCode()).isEqualTo("360481");
            assertThat(EntityKind.impliedBy(e.code())).isEqualTo(e.kind());
            assertThat(OrganisationCode.check(e.organisationCode()).valid()).isTrue();
        });
    }

    @Test
    void legalRepresentativesHaveValidIdNumbersAndOldEntitiesRegistrationNumbers() {
        city.forEach(e -> assertThat(ResidentIdNumber.check(e.legalRepresentative().idNumber()).valid()).isTrue());
        var withNumbers = city.stream().filter(e -> e.registrationNumber() != null).toList();
        assertThat(withNumbers).isNotEmpty();
        withNumbers.forEach(e -> assertThat(RegistrationNumber.check(e.registrationNumber()).valid()).isTrue());
    }

    @Test
    void entitiesSpreadOverThirtyYearsTownsAndJurisdictions() {
        var years = city.stream().map(e -> e.establishedOn().getYear()).toList();
        assertThat(years.stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThanOrEqualTo(1997);
        assertThat(years.stream().mapToInt(Integer::intValue).max().orElseThrow()).isGreaterThanOrEqualTo(2026);
        assertThat(city.stream().map(MarketEntity::town).distinct().count()).isEqualTo(19);
        assertThat(city.stream().map(MarketEntity::jurisdiction).distinct().count()).isEqualTo(10);
        assertThat(city).allMatch(e -> e.address().startsWith("瑞昌市" + e.town()));
    }

    @Test
    void someEntitiesAreRevokedOrDeregistered() {
        long revoked = city.stream().filter(e -> e.status() == EntityStatus.REVOKED).count();
        long deregistered = city.stream().filter(e -> e.status() == EntityStatus.DEREGISTERED).count();
        assertThat(revoked).isBetween(800L, 8_000L);
        assertThat(deregistered).isBetween(1_600L, 16_000L);
    }

    @Test
    void namesLookLikeChineseMarketEntities() {
        city.stream().filter(e -> e.kind() == EntityKind.COOPERATIVE)
                .forEach(e -> assertThat(e.name()).endsWith("专业合作社"));
        assertThat(city.stream().filter(e -> e.kind() == EntityKind.ENTERPRISE))
                .anyMatch(e -> e.name().endsWith("有限公司"));
        assertThat(city).allMatch(e -> e.name().length() >= 4);
        assertThat(city.stream().map(MarketEntity::industryCode).distinct().count()).isGreaterThan(30);
    }
}
