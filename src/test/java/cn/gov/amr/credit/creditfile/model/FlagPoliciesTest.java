package cn.gov.amr.credit.creditfile.model;

import cn.gov.amr.credit.creditfile.FlagKind;

import static cn.gov.amr.credit.creditfile.model.FlagFixtures.JUNE_30;
import static cn.gov.amr.credit.creditfile.model.FlagFixtures.TODAY;
import static cn.gov.amr.credit.creditfile.model.FlagFixtures.day;
import static cn.gov.amr.credit.creditfile.model.FlagFixtures.fact;
import static cn.gov.amr.credit.creditfile.model.FlagFixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import cn.gov.amr.credit.ingestion.RecordKind;
import org.junit.jupiter.api.Test;

/** The active set: one policy per flag, record flags computed together in a fixed order. */
class FlagPoliciesTest {

    private final FlagPolicies policies = new FlagPolicies(JUNE_30);

    @Test
    void everyFlagHasExactlyOnePolicy() {
        assertThat(policies.all()).extracting(FlagPolicy::kind).containsExactlyInAnyOrder(FlagKind.values());
        assertThat(policies.onReading()).extracting(FlagPolicy::kind).containsExactly(FlagKind.ANNUAL_REPORT_MISSING);
    }

    @Test
    void storedFlagsRestOnDebtsPenaltiesAndCommendations() {
        assertThat(FlagPolicies.reads(FlagPolicies.FROM_RECORDS))
                .containsExactlyInAnyOrder(RecordKind.DISHONEST_DEBTOR, RecordKind.PENALTY, RecordKind.COMMENDATION);
        assertThat(FlagPolicies.reads(policies.onReading())).containsExactly(RecordKind.ANNUAL_REPORT);
    }

    @Test
    void noRecordsNoFlags() {
        assertThat(FlagPolicies.fromRecords(TODAY, List.of(fact(RecordKind.LICENCE, "1", "2022-01-01", "2030-01-01"))))
                .isEmpty();
    }

    @Test
    void penaltiesAreFlaggedUntilTheLatestValidityEnd() {
        var flags = FlagPolicies.fromRecords(TODAY, List.of(fact(RecordKind.PENALTY, "1", "2022-01-01", "2025-01-01"),
                fact(RecordKind.PENALTY, "2", "2023-01-01", "2027-06-30"), fact(RecordKind.LICENCE, "x", "2020-01-01", null)));
        assertThat(flags).containsExactly(new CreditFlag(FlagKind.PENALTY_IN_FORCE, day("2023-01-01"),
                day("2027-06-30"), 1));
    }

    @Test
    void onlyLapsedPenaltiesGiveNoFlag() {
        assertThat(FlagPolicies.fromRecords(TODAY, List.of(fact(RecordKind.PENALTY, "1", "2020-01-01", "2026-11-25"))))
                .isEmpty();
        assertThat(FlagPolicies.fromRecords(TODAY, List.of(fact(RecordKind.PENALTY, "1", "2020-01-01", "2026-11-26"))))
                .extracting(CreditFlag::flag).containsExactly(FlagKind.PENALTY_IN_FORCE);
    }

    @Test
    void recordFlagsComeInTheOrderOfTheSet() {
        var flags = FlagPolicies.fromRecords(TODAY, List.of(fact(RecordKind.COMMENDATION, "c", "2024-01-01", null),
                fact(RecordKind.PENALTY, "p", "2026-01-01", "2027-01-01"),
                fact(RecordKind.DISHONEST_DEBTOR, "d", "2025-01-01", null)));
        assertThat(flags).extracting(CreditFlag::flag)
                .containsExactly(FlagKind.DISHONEST_DEBTOR, FlagKind.PENALTY_IN_FORCE, FlagKind.COMMENDED);
    }

    @Test
    void aStoredFlagIsExplainedByItsOwnPolicy() {
        var explanation = policies.explain(new CreditFlag(FlagKind.PENALTY_IN_FORCE, day("2024-03-01"),
                day("2027-03-01"), 2));
        assertThat(render(explanation, Locale.ENGLISH)).isEqualTo("2 penalties in force until 2027-03-01");
    }

    @Test
    void everyExplanationHasItsMessageInBothLanguages() {
        var flags = List.of(new CreditFlag(FlagKind.DISHONEST_DEBTOR, day("2021-01-01"), null, 3),
                new CreditFlag(FlagKind.PENALTY_IN_FORCE, day("2021-01-01"), day("2027-01-01"), 3),
                new CreditFlag(FlagKind.COMMENDED, day("2021-01-01"), day("2027-01-01"), 3),
                new CreditFlag(FlagKind.COMMENDED, day("2021-01-01"), null, 3),
                new CreditFlag(FlagKind.ANNUAL_REPORT_MISSING, day("2026-07-01"), null, 1));
        for (CreditFlag flag : flags) {
            var explanation = policies.explain(flag);
            assertThat(render(explanation, Locale.ENGLISH)).as(explanation.messageKey()).doesNotContain("{", "null");
            assertThat(render(explanation, Locale.CHINA)).as(explanation.messageKey()).doesNotContain("{", "null");
        }
    }
}
