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
class CommendedPolicyTest {

    private final CommendedPolicy policy = new CommendedPolicy();

    @Test
    void aCommendationWithoutEndIsOpenEnded() {
        var flag = policy.flag(records(TODAY, fact(RecordKind.COMMENDATION, "1", "2022-01-01", "2023-01-01"),
                fact(RecordKind.COMMENDATION, "2", "2024-01-01", null)));
        assertThat(flag).contains(new CreditFlag(FlagKind.COMMENDED, day("2024-01-01"), null, 1));
    }

    @Test
    void commendationsWithEndsAreFlaggedUntilTheLatest() {
        var flag = policy.flag(records(TODAY, fact(RecordKind.COMMENDATION, "1", "2025-01-01", "2027-01-01"),
                fact(RecordKind.COMMENDATION, "2", "2024-06-01", "2026-11-26")));
        assertThat(flag).contains(new CreditFlag(FlagKind.COMMENDED, day("2024-06-01"), day("2027-01-01"), 2));
    }

    @Test
    void oneOpenEndedCommendationMakesTheFlagOpenEnded() {
        var flag = policy.flag(records(TODAY, fact(RecordKind.COMMENDATION, "1", "2025-01-01", "2027-01-01"),
                fact(RecordKind.COMMENDATION, "2", "2026-01-01", null)));
        assertThat(flag).contains(new CreditFlag(FlagKind.COMMENDED, day("2025-01-01"), null, 2));
    }

    @Test
    void commendationEndingYesterdayNoLongerFlags() {
        assertThat(policy.flag(records(TODAY, fact(RecordKind.COMMENDATION, "1", "2020-01-01", "2026-11-25")))).isEmpty();
    }

    @Test
    void theFlagSaysHowManyCommendationsAndUntilWhen() {
        var ending = policy.explain(new CreditFlag(FlagKind.COMMENDED, day("2024-06-01"), day("2027-01-01"), 2));
        assertThat(ending).isEqualTo(FlagExplanation.of("flag.COMMENDED.why", 2, day("2027-01-01")));
        assertThat(render(ending, Locale.ENGLISH)).isEqualTo("2 commendations in force until 2027-01-01");
        var openEnded = policy.explain(new CreditFlag(FlagKind.COMMENDED, day("2024-06-01"), null, 1));
        assertThat(openEnded).isEqualTo(FlagExplanation.of("flag.COMMENDED.why.openEnded", 1));
        assertThat(render(openEnded, Locale.ENGLISH)).isEqualTo("1 commendation in force, at least one without end");
        assertThat(render(openEnded, Locale.CHINA)).isEqualTo("1 项守信激励在有效期内，其中至少一项长期有效");
    }
}
