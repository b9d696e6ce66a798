package cn.gov.amr.credit.demo.classification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.classification.RiskStatistics;
import cn.gov.amr.credit.classification.StatisticsDimension;
import org.junit.jupiter.api.Test;

/** When the demo's class distribution counts as plausible for a city (most low risk, few high risk, none left out). */
class ClassDistributionTest {

    private static ClassDistribution of(List<String> classes, long... counts) {
        var totals = new LinkedHashMap<String, Long>();
        for (int i = 0; i < classes.size(); i++) {
            totals.put(classes.get(i), counts[i]);
        }
        if (counts.length > classes.size()) {
            totals.put("UNCLASSIFIED", counts[classes.size()]);
        }
        return ClassDistribution.of(new RiskStatistics(StatisticsDimension.KIND, classes, totals, List.of()));
    }

    @Test
    void mostlyAOrBAndFewDIsPlausible() {
        var distribution = of(List.of("A", "B", "C", "D"), 40_000, 30_000, 9_000, 1_000);
        assertThat(distribution.plausible()).isTrue();
        assertThat(distribution.total()).isEqualTo(80_000);
        assertThat(distribution.lowRiskShare()).isEqualTo(0.875);
        assertThat(distribution.highRiskShare()).isEqualTo(0.0125);
    }

    @Test
    void mostlyCIsImplausible() {
        assertThat(of(List.of("A", "B", "C", "D"), 10_000, 20_000, 49_000, 1_000).plausible()).isFalse();
    }

    @Test
    void manyDIsImplausibleEvenWhenMostAreAOrB() {
        assertThat(of(List.of("A", "B", "C", "D"), 50_000, 20_000, 0, 10_000).plausible()).isFalse();
    }

    @Test
    void entitiesLeftUnclassifiedAreImplausible() {
        var distribution = of(List.of("A", "B", "C", "D"), 40_000, 30_000, 9_000, 900, 100);
        assertThat(distribution.unclassified()).isEqualTo(100);
        assertThat(distribution.classified()).isEqualTo(79_900);
        assertThat(distribution.plausible()).isFalse();
    }

    @Test
    void theLettersComeFromTheModelAndALetterNoEntityHasCountsZero() {
        var totals = Map.of("A", 60L, "B", 30L, "C", 8L, "E", 2L);
        var distribution = ClassDistribution.of(new RiskStatistics(StatisticsDimension.KIND,
                List.of("A", "B", "C", "D", "E"), totals, List.of()));
        assertThat(distribution.count("D")).isZero();
        assertThat(distribution.highRiskShare()).as("E, the model's last letter").isEqualTo(0.02);
        assertThat(distribution.plausible()).isTrue();
        assertThat(distribution.toString()).startsWith("A 60 (60.0 %), B 30 (30.0 %), C 8 (8.0 %), D 0 (0.0 %),")
                .endsWith("unclassified 0");
    }

    @Test
    void anEmptyRegisterIsNotPlausible() {
        assertThat(of(List.of("A", "B", "C", "D"), 0, 0, 0, 0).plausible()).isFalse();
    }
}
