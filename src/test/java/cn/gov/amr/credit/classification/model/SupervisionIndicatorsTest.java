package cn.gov.amr.credit.classification.model;

import static cn.gov.amr.credit.classification.model.Facts.TODAY;
import static cn.gov.amr.credit.classification.model.Models.evaluate;
import static cn.gov.amr.credit.classification.model.Models.indicator;
import static cn.gov.amr.credit.classification.model.Records.fine;
import static cn.gov.amr.credit.classification.model.Records.inspection;
import static cn.gov.amr.credit.classification.model.Records.inspectionClean;
import static cn.gov.amr.credit.classification.model.Records.inspectionProblem;
import static cn.gov.amr.credit.classification.model.Records.penalty;
import static cn.gov.amr.credit.classification.model.Records.warning;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.gov.amr.credit.creditfile.FlagKind;
import cn.gov.amr.credit.lists.ListKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The default general model's supervision information (DOMAIN §5): penalties, fines, lists, inspections,
 * the courts. Each indicator's value and points, at its band and cap edges and at its window's edge (a
 * record 36 months and a day old no longer counts; one 36 months old to the day still does).
 */
class SupervisionIndicatorsTest {

    private static final LocalDate LAST_YEAR = TODAY.minusYears(1);
    private static final LocalDate WINDOW_START = TODAY.minusMonths(36);
    private static final LocalDate JUST_OUTSIDE = WINDOW_START.minusDays(1);

    private static void assertScored(Facts facts, String indicator, String value, int points) {
        var scored = indicator(evaluate(facts), indicator);
        assertThat(scored.value()).as("%s value", indicator).isEqualByComparingTo(value);
        assertThat(scored.points()).as("%s points", indicator).isEqualTo(points);
    }

    @Test
    void eachPenaltyOfTheLastThreeYearsScoresTenUpToForty() {
        assertScored(Facts.typical().records(warning(LAST_YEAR)), "penalties", "1", 10);
        assertScored(Facts.typical().records(warning(LAST_YEAR), fine(TODAY, "0.2"), warning(TODAY.minusMonths(30))),
                "penalties", "3", 30);
        assertScored(Facts.typical().records(warning(TODAY), warning(TODAY), warning(TODAY), warning(TODAY)),
                "penalties", "4", 40);
        assertScored(Facts.typical().records(warning(TODAY), warning(TODAY), warning(TODAY), warning(TODAY),
                warning(TODAY), warning(TODAY)), "penalties", "6", 40);
    }

    @Test
    void aPenaltyThirtySixMonthsAndADayOldNoLongerCounts() {
        assertScored(Facts.typical().records(warning(WINDOW_START)), "penalties", "1", 10);
        assertScored(Facts.typical().records(warning(JUST_OUTSIDE)), "penalties", "0", 0);
        assertScored(Facts.typical().records(warning(JUST_OUTSIDE), warning(WINDOW_START.plusDays(1))), "penalties", "1", 10);
    }

    @ParameterizedTest(name = "{0}: heavy {1}")
    @CsvSource({"警告,0", "罚款,0", "没收违法所得,0", "暂扣许可证件,1", "降低资质等级,1", "吊销许可证件,1",
            "限制开展生产经营活动,1", "责令停产停业,1", "责令关闭,1", "限制从业,0", "警告;责令停产停业,1", "罚款;吊销许可证件,1"})
    void suspensionsRevocationsRestrictionsAndClosuresAreHeavyPenalties(String categories, int heavy) {
        assertScored(Facts.typical().records(penalty(LAST_YEAR, categories, null, "无照经营")), "heavyPenalties",
                Integer.toString(heavy), heavy * 15);
    }

    @Test
    void heavyPenaltiesScoreFifteenEachUpToThirtyWithinThreeYears() {
        var revoked = penalty(LAST_YEAR, "吊销许可证件", null, "无证生产");
        var closed = penalty(TODAY, "责令关闭", null, "无证生产");
        var stopped = penalty(WINDOW_START, "责令停产停业", null, "无证生产");
        assertScored(Facts.typical().records(revoked, closed), "heavyPenalties", "2", 30);
        assertScored(Facts.typical().records(revoked, closed, stopped), "heavyPenalties", "3", 30);
        assertScored(Facts.typical().records(penalty(JUST_OUTSIDE, "吊销许可证件", null, "无证生产")), "heavyPenalties", "0", 0);
    }

    @ParameterizedTest(name = "fines of {0} 万元 in total: {1} points")
    @CsvSource({"0.5,0", "0.99,0", "1,3", "9.99,3", "10,8", "49.99,8", "50,15", "300,15"})
    void finesOfTheLastThreeYearsScoreByBand(String wan, int points) {
        assertScored(Facts.typical().records(fine(LAST_YEAR, wan)), "fines", wan, points);
    }

    @Test
    void finesAddUpOverTheWindowOnly() {
        assertScored(Facts.typical().records(fine(LAST_YEAR, "6"), fine(TODAY, "4")), "fines", "10", 8);
        assertScored(Facts.typical().records(fine(LAST_YEAR, "6"), fine(JUST_OUTSIDE, "100")), "fines", "6", 3);
        assertScored(Facts.typical().records(fine(WINDOW_START, "1")), "fines", "1", 3);
    }

    @Test
    void aPenaltyWithoutAFineAddsNothingToTheFines() {
        assertScored(Facts.typical().records(warning(LAST_YEAR), fine(LAST_YEAR, "2")), "fines", "2", 3);
        assertScored(Facts.typical().records(warning(LAST_YEAR)), "fines", "0", 0);
    }

    @Test
    void aPenaltyStillInForceScoresFive() {
        assertScored(Facts.typical().flag(FlagKind.PENALTY_IN_FORCE), "penaltyInForce", "1", 5);
        assertScored(Facts.typical(), "penaltyInForce", "0", 0);
    }

    @Test
    void theAbnormalOperationsListAndTheAbnormalStateScoreTwentyFiveOnce() {
        assertScored(Facts.typical().listed(ListKind.ABNORMAL), "abnormalListed", "1", 25);
        assertScored(Facts.typical().listed(ListKind.ABNORMAL_STATE), "abnormalListed", "1", 25);
        assertScored(Facts.typical().listed(ListKind.ABNORMAL).listed(ListKind.ABNORMAL_STATE), "abnormalListed", "2", 25);
        assertScored(Facts.typical().listed(ListKind.SERIOUS_DISHONEST), "abnormalListed", "0", 0);
    }

    @Test
    void theSeriousIllegalAndDishonestListScoresForty() {
        assertScored(Facts.typical().listed(ListKind.SERIOUS_DISHONEST), "seriousDishonest", "1", 40);
        assertScored(Facts.typical().listed(ListKind.ABNORMAL), "seriousDishonest", "0", 0);
    }

    @ParameterizedTest(name = "{0}: problem {1}")
    @CsvSource({"未发现问题,0", "未按规定公示应当公示的信息,1", "公示信息隐瞒真实情况弄虚作假,1",
            "通过登记的住所（经营场所）无法联系,1", "发现问题已责令改正,0", "发现问题待后续处理,1", "不配合检查情节严重,1",
            "未发现开展本次抽查涉及的经营活动,0", "已关闭停业或正在组织清算,0", "发现问题已责令改正;不配合检查情节严重,1"})
    void inspectionsFindingUncorrectedProblemsCount(String results, int problem) {
        assertScored(Facts.typical().records(inspection(LAST_YEAR, results)), "inspectionProblems",
                Integer.toString(problem), problem * 8);
    }

    @Test
    void inspectionProblemsScoreEightEachUpToTwentyFourWithinThreeYears() {
        assertScored(Facts.typical().records(inspectionProblem(LAST_YEAR), inspectionProblem(WINDOW_START)),
                "inspectionProblems", "2", 16);
        assertScored(Facts.typical().records(inspectionProblem(TODAY), inspectionProblem(TODAY), inspectionProblem(TODAY),
                inspectionProblem(TODAY)), "inspectionProblems", "4", 24);
        assertScored(Facts.typical().records(inspectionProblem(JUST_OUTSIDE)), "inspectionProblems", "0", 0);
    }

    @Test
    void aCleanInspectionInTheLastTwoYearsTakesThreePointsOff() {
        assertScored(Facts.typical().records(inspectionClean(LAST_YEAR)), "inspectionsClean", "1", -3);
        assertScored(Facts.typical().records(inspectionClean(LAST_YEAR), inspectionClean(TODAY)), "inspectionsClean", "2", -3);
        assertScored(Facts.typical().records(inspectionClean(TODAY.minusMonths(24))), "inspectionsClean", "1", -3);
        assertScored(Facts.typical().records(inspectionClean(TODAY.minusMonths(24).minusDays(1))), "inspectionsClean", "0", 0);
        assertScored(Facts.typical().records(inspectionProblem(LAST_YEAR)), "inspectionsClean", "0", 0);
    }

    @Test
    void aCleanInspectionLowersTheScore() {
        var evaluation = evaluate(Facts.typical().records(inspectionClean(LAST_YEAR), warning(LAST_YEAR)));
        assertThat(evaluation.score()).isEqualTo(10 - 3);
        assertThat(evaluation.riskClass()).isEqualTo("A");
    }

    @Test
    void aDishonestJudgmentDebtorScoresTwenty() {
        assertScored(Facts.typical().flag(FlagKind.DISHONEST_DEBTOR).records(Records.dishonestDebtor(LAST_YEAR)),
                "dishonestDebtor", "1", 20);
        assertScored(Facts.typical(), "dishonestDebtor", "0", 0);
    }

    @Test
    void courtJudgmentsOfTheLastThreeYearsScoreThreeEachUpToNine() {
        assertScored(Facts.typical().records(Records.courtJudgment(LAST_YEAR)), "courtJudgments", "1", 3);
        assertScored(Facts.typical().records(Records.courtJudgment(LAST_YEAR), Records.courtJudgment(TODAY),
                Records.courtJudgment(WINDOW_START), Records.courtJudgment(TODAY)), "courtJudgments", "4", 9);
        assertScored(Facts.typical().records(Records.courtJudgment(JUST_OUTSIDE)), "courtJudgments", "0", 0);
    }
}
