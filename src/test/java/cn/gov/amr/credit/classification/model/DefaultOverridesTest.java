package cn.gov.amr.credit.classification.model;

import static cn.gov.amr.credit.classification.model.Facts.TODAY;
import static cn.gov.amr.credit.classification.model.Models.evaluate;
import static cn.gov.amr.credit.classification.model.Models.overrideIndex;
import static cn.gov.amr.credit.classification.model.Records.complaint;
import static cn.gov.amr.credit.classification.model.Records.dishonestDebtor;
import static cn.gov.amr.credit.classification.model.Records.warning;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.gov.amr.credit.creditfile.FlagKind;
import cn.gov.amr.credit.lists.ListKind;
import org.junit.jupiter.api.Test;

/**
 * The default model's overrides (DOMAIN §5, issue 13): on the serious illegal and dishonest list ⇒ D; a
 * dishonest judgment debtor ⇒ at least C; no adverse record and older than 3 years ⇒ may be A.
 */
class DefaultOverridesTest {

    private static final int SERIOUS_DISHONEST = overrideIndex("列入严重违法失信名单");
    private static final int DISHONEST_DEBTOR = overrideIndex("失信被执行人");
    private static final int NO_RECORD = overrideIndex("成立满3年");
    private static final LocalDate LAST_YEAR = TODAY.minusYears(1);

    private static Facts debtor() {
        return Facts.typical().flag(FlagKind.DISHONEST_DEBTOR).records(dishonestDebtor(LAST_YEAR));
    }

    private static Facts foundedComplaints(Facts facts, int count) {
        for (int i = 0; i < count; i++) {
            facts.records(complaint(TODAY.minusMonths(2), "质量", "属实"));
        }
        return facts;
    }

    @Test
    void anEntityOnTheSeriousDishonestListIsClassDEvenWithATinyScore() {
        var evaluation = evaluate(Facts.typical().listed(ListKind.SERIOUS_DISHONEST).flag(FlagKind.COMMENDED)
                .records(Records.inspectionClean(LAST_YEAR)));
        assertThat(evaluation.score()).isEqualTo(40 - 5 - 3);
        assertThat(evaluation.generalClass()).isEqualTo("C");
        assertThat(evaluation.riskClass()).isEqualTo("D");
        assertThat(evaluation.overrideIndex()).isEqualTo(SERIOUS_DISHONEST);
    }

    @Test
    void theSeriousDishonestRuleEndsTheRulesBeforeTheOthers() {
        var evaluation = evaluate(debtor().listed(ListKind.SERIOUS_DISHONEST));
        assertThat(evaluation.riskClass()).isEqualTo("D");
        assertThat(evaluation.overrideIndex()).isEqualTo(SERIOUS_DISHONEST);
    }

    @Test
    void aDishonestJudgmentDebtorIsAtLeastClassC() {
        var evaluation = evaluate(debtor());
        assertThat(evaluation.score()).isEqualTo(20);
        assertThat(evaluation.generalClass()).isEqualTo("B");
        assertThat(evaluation.riskClass()).isEqualTo("C");
        assertThat(evaluation.overrideIndex()).isEqualTo(DISHONEST_DEBTOR);
    }

    @Test
    void aDishonestJudgmentDebtorInClassDStaysD() {
        var evaluation = evaluate(debtor().listed(ListKind.ABNORMAL).records(warning(LAST_YEAR), warning(LAST_YEAR)));
        assertThat(evaluation.score()).isEqualTo(20 + 25 + 20);
        assertThat(evaluation.generalClass()).isEqualTo("D");
        assertThat(evaluation.riskClass()).isEqualTo("D");
        assertThat(evaluation.overrideIndex()).as("no override changed the class").isNull();
    }

    /** Points that are no adverse record: complaints not found true (5) and three registry changes (6). */
    private static Facts busyButClean(Facts facts) {
        for (int i = 0; i < 5; i++) {
            facts.records(complaint(TODAY.minusMonths(2), "质量", "不属实"));
        }
        return facts.changedOn(TODAY.minusMonths(1), TODAY.minusMonths(2), TODAY.minusMonths(3));
    }

    @Test
    void anEntityOlderThanThreeYearsWithoutAnyAdverseRecordIsClassA() {
        var evaluation = evaluate(busyButClean(Facts.typical()));
        assertThat(evaluation.score()).isEqualTo(5 + 6);
        assertThat(evaluation.generalClass()).isEqualTo("B");
        assertThat(evaluation.riskClass()).isEqualTo("A");
        assertThat(evaluation.overrideIndex()).isEqualTo(NO_RECORD);
    }

    @Test
    void threeYearsToTheDayIsOldEnoughForA() {
        var evaluation = evaluate(busyButClean(Facts.typical().agedYears(3)));
        assertThat(evaluation.generalClass()).isEqualTo("B");
        assertThat(evaluation.riskClass()).isEqualTo("A");
        assertThat(evaluation.overrideIndex()).isEqualTo(NO_RECORD);
    }

    @Test
    void aYoungCleanEntityIsNotForcedToA() {
        var founded = evaluate(Facts.typical().establishedOn(TODAY.minusMonths(3)).capital("0.5"));
        assertThat(founded.score()).isEqualTo(8 + 2);
        assertThat(founded.riskClass()).isEqualTo("B");
        assertThat(founded.overrideIndex()).isNull();
        var almostThree = evaluate(foundedComplaints(Facts.typical().establishedOn(TODAY.minusYears(3).plusDays(1)), 2));
        assertThat(almostThree.score()).isEqualTo(4 + 10 + 2);
        assertThat(almostThree.riskClass()).isEqualTo("B");
        assertThat(almostThree.overrideIndex()).isNull();
    }

    @Test
    void aFoundedComplaintBarsTheAOverride() {
        var evaluation = evaluate(foundedComplaints(Facts.typical(), 3));
        assertThat(evaluation.score()).isEqualTo(15 + 3);
        assertThat(evaluation.riskClass()).isEqualTo("B");
        assertThat(evaluation.overrideIndex()).isNull();
    }

    @Test
    void aPenaltyOutsideEveryScoringWindowStillBarsTheAOverride() {
        var evaluation = evaluate(foundedComplaints(Facts.typical(), 3).records(warning(TODAY.minusYears(5))));
        assertThat(evaluation.indicators().stream().mapToInt(s -> s.points()).sum()).isEqualTo(18);
        assertThat(evaluation.riskClass()).isEqualTo("B");
        assertThat(evaluation.overrideIndex()).isNull();
    }

    @Test
    void aListingInForceOrAMissingReportBarsTheAOverride() {
        var listed = evaluate(Facts.typical().listed(ListKind.ABNORMAL));
        assertThat(listed.riskClass()).isEqualTo("B");
        assertThat(listed.overrideIndex()).isNull();
        var missing = evaluate(foundedComplaints(Facts.typical().filed(2022, 2023), 1));
        assertThat(missing.score()).isEqualTo(10 + 5 + 1);
        assertThat(missing.riskClass()).isEqualTo("B");
        assertThat(missing.overrideIndex()).isNull();
    }

    @Test
    void aCleanEntityAlreadyInAIsNotReportedAsOverridden() {
        var evaluation = evaluate(Facts.typical());
        assertThat(evaluation.riskClass()).isEqualTo("A");
        assertThat(evaluation.overrideIndex()).isNull();
    }
}
