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

class DishonestDebtorPolicyTest {

    private final DishonestDebtorPolicy policy = new DishonestDebtorPolicy();

    @Test
    void aDishonestDebtorIsFlaggedOpenEndedFromItsEarliestPublication() {
        var flag = policy.flag(records(TODAY, fact(RecordKind.DISHONEST_DEBTOR, "A", "2023-05-01", null),
                fact(RecordKind.DISHONEST_DEBTOR, "B", "2021-02-03", null)));
        assertThat(flag).contains(new CreditFlag(FlagKind.DISHONEST_DEBTOR, day("2021-02-03"), null, 2));
    }

    @Test
    void aCaseStaysFlaggedWhateverEndItNames() {
        var flag = policy.flag(records(TODAY, fact(RecordKind.DISHONEST_DEBTOR, "A", "2023-05-01", "2024-01-01")));
        assertThat(flag).map(CreditFlag::until).isEmpty();
        assertThat(flag).map(CreditFlag::flag).contains(FlagKind.DISHONEST_DEBTOR);
    }

    @Test
    void anEntityWithoutACaseIsNotFlagged() {
        assertThat(policy.flag(records(TODAY, fact(RecordKind.PENALTY, "1", "2026-01-01", "2027-01-01"),
                fact(RecordKind.COURT_JUDGMENT, "2", "2025-01-01", null)))).isEmpty();
    }

    @Test
    void theFlagSaysHowManyCasesAndSinceWhen() {
        var explanation = policy.explain(new CreditFlag(FlagKind.DISHONEST_DEBTOR, day("2021-02-03"), null, 2));
        assertThat(explanation).isEqualTo(FlagExplanation.of("flag.DISHONEST_DEBTOR.why", 2, day("2021-02-03")));
        assertThat(render(explanation, Locale.ENGLISH))
                .isEqualTo("On the courts\u2019 list of dishonest judgment debtors in 2 cases since 2021-02-03");
        assertThat(render(policy.explain(new CreditFlag(FlagKind.DISHONEST_DEBTOR, day("2021-02-03"), null, 1)),
                Locale.ENGLISH)).contains("in 1 case since");
        assertThat(render(explanation, Locale.CHINA)).isEqualTo("被人民法院列为失信被执行人（2 案），自 2021-02-03 起");
    }
}
