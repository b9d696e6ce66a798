package cn.gov.amr.credit.creditfile.model;

import cn.gov.amr.credit.creditfile.FlagKind;

import static cn.gov.amr.credit.creditfile.model.FlagFixtures.TODAY;
import static cn.gov.amr.credit.creditfile.model.FlagFixtures.day;
import static cn.gov.amr.credit.creditfile.model.FlagFixtures.fact;
import static cn.gov.amr.credit.creditfile.model.FlagFixtures.records;
import static cn.gov.amr.credit.creditfile.model.FlagFixtures.render;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import cn.gov.amr.credit.ingestion.RecordKind;
import org.junit.jupiter.api.Test;

/** Today is 2026-11-26. */
class PenaltyInForcePolicyTest {

    private final PenaltyInForcePolicy policy = new PenaltyInForcePolicy();

    @Test
    void penaltiesAreFlaggedUntilTheLatestValidityEnd() {
        var flag = policy.flag(records(TODAY, fact(RecordKind.PENALTY, "1", "2022-01-01", "2025-01-01"),
                fact(RecordKind.PENALTY, "2", "2023-01-01", "2027-06-30"), fact(RecordKind.LICENCE, "x", "2020-01-01", null)));
        assertThat(flag).contains(new CreditFlag(FlagKind.PENALTY_IN_FORCE, day("2023-01-01"), day("2027-06-30"), 1));
    }

    @Test
    void severalPenaltiesInForceRunFromTheEarliestDecisionToTheLatestEnd() {
        var flag = policy.flag(records(TODAY, fact(RecordKind.PENALTY, "1", "2025-01-01", "2028-01-01"),
                fact(RecordKind.PENALTY, "2", "2024-03-01", "2027-03-01")));
        assertThat(flag).contains(new CreditFlag(FlagKind.PENALTY_IN_FORCE, day("2024-03-01"), day("2028-01-01"), 2));
    }

    @Test
    void penaltyEndingYesterdayNoLongerFlags() {
        assertThat(policy.flag(records(TODAY, fact(RecordKind.PENALTY, "1", "2020-01-01", "2026-11-25")))).isEmpty();
    }

    @Test
    void penaltyEndingTodayStillFlags() {
        assertThat(policy.flag(records(TODAY, fact(RecordKind.PENALTY, "1", "2020-01-01", "2026-11-26"))))
                .map(CreditFlag::flag).contains(FlagKind.PENALTY_IN_FORCE);
    }

    @Test
    void aPenaltyWithoutAValidityEndNeverFlags() {
        assertThat(policy.flag(records(TODAY, fact(RecordKind.PENALTY, "1", "2026-01-01", null)))).isEmpty();
    }

    @Test
    void noPenaltyNoFlag() {
        assertThat(policy.flag(records(TODAY, fact(RecordKind.LICENCE, "1", "2022-01-01", "2030-01-01")))).isEmpty();
    }

    @Test
    void theFlagSaysHowManyPenaltiesAndUntilWhen() {
        var explanation = policy.explain(new CreditFlag(FlagKind.PENALTY_IN_FORCE, day("2024-03-01"), day("2027-03-01"), 2));
        assertThat(explanation).isEqualTo(FlagExplanation.of("flag.PENALTY_IN_FORCE.why", 2, day("2027-03-01")));
        assertThat(render(explanation, Locale.ENGLISH)).isEqualTo("2 penalties in force until 2027-03-01");
        assertThat(render(policy.explain(new CreditFlag(FlagKind.PENALTY_IN_FORCE, day("2024-03-01"), day("2027-03-01"), 1)),
                Locale.ENGLISH)).isEqualTo("1 penalty in force until 2027-03-01");
        assertThat(render(explanation, Locale.CHINA)).isEqualTo("2 项行政处罚在有效期内，至 2027-03-01");
    }
}
