package cn.gov.amr.credit.classification.model;

import static cn.gov.amr.credit.classification.model.Facts.TODAY;
import static cn.gov.amr.credit.classification.model.Models.evaluate;
import static cn.gov.amr.credit.classification.model.Models.indicator;
import static cn.gov.amr.credit.classification.model.Records.commitment;
import static cn.gov.amr.credit.classification.model.Records.complaint;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.gov.amr.credit.creditfile.FlagKind;
import cn.gov.amr.credit.lists.ListKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The default general model's relations and social evaluation (DOMAIN §5), and the two 0-point
 * indicators that exist for the "may be A" override: each indicator's value and points, at its cap and
 * at its window's edge.
 */
class RelationsAndSocialIndicatorsTest {

    private static final LocalDate LAST_MONTH = TODAY.minusMonths(1);
    private static final LocalDate YEAR_START = TODAY.minusMonths(12);

    private static void assertScored(Facts facts, String indicator, String value, int points) {
        var scored = indicator(evaluate(facts), indicator);
        assertThat(scored.value()).as("%s value", indicator).isEqualByComparingTo(value);
        assertThat(scored.points()).as("%s points", indicator).isEqualTo(points);
    }

    @ParameterizedTest(name = "{0} related bad entities: {1} points")
    @CsvSource({"0,0", "1,10", "2,20", "5,20"})
    void relatedBadEntitiesScoreTenEachUpToTwenty(int related, int points) {
        assertScored(Facts.typical().relatedBadEntities(related), "relatedBadEntities", Integer.toString(related), points);
    }

    @ParameterizedTest(name = "conclusion {0}: founded {1}")
    @CsvSource(value = {"属实,1", "不属实,0", "待核查,0", "NULL,0"}, nullValues = "NULL")
    void onlyFoundedComplaintsCountAsFounded(String conclusion, int founded) {
        assertScored(Facts.typical().records(complaint(LAST_MONTH, "虚假宣传", conclusion)), "foundedComplaints",
                Integer.toString(founded), founded * 5);
    }

    @Test
    void foundedComplaintsOfTheLastYearScoreFiveEachUpToFifteen() {
        assertScored(Facts.typical().records(complaint(LAST_MONTH, "价格", "属实"), complaint(YEAR_START, "价格", "属实")),
                "foundedComplaints", "2", 10);
        assertScored(Facts.typical().records(complaint(TODAY, "价格", "属实"), complaint(TODAY, "价格", "属实"),
                complaint(TODAY, "价格", "属实"), complaint(TODAY, "价格", "属实")), "foundedComplaints", "4", 15);
        assertScored(Facts.typical().records(complaint(YEAR_START.minusDays(1), "价格", "属实")), "foundedComplaints", "0", 0);
    }

    @Test
    void everyComplaintOfTheLastYearScoresOneUpToFive() {
        assertScored(Facts.typical().records(complaint(LAST_MONTH, "价格", "不属实"), complaint(YEAR_START, "质量", null)),
                "complaints", "2", 2);
        var six = Facts.typical();
        for (int i = 0; i < 6; i++) {
            six.records(complaint(LAST_MONTH, "质量", "待核查"));
        }
        assertScored(six, "complaints", "6", 5);
        assertScored(Facts.typical().records(complaint(YEAR_START.minusDays(1), "质量", "属实")), "complaints", "0", 0);
    }

    @ParameterizedTest(name = "fulfilment {0}: broken {1}")
    @CsvSource({"违诺,1", "履约,0", "未到期,0"})
    void onlyABrokenCommitmentCounts(String fulfilment, int broken) {
        assertScored(Facts.typical().records(commitment(LAST_MONTH, fulfilment)), "brokenCommitments",
                Integer.toString(broken), broken * 10);
    }

    @Test
    void brokenCommitmentsOfTheLastThreeYearsScoreTenEachUpToTwenty() {
        assertScored(Facts.typical().records(commitment(TODAY.minusMonths(36), "违诺"), commitment(LAST_MONTH, "违诺"),
                commitment(TODAY, "违诺")), "brokenCommitments", "3", 20);
        assertScored(Facts.typical().records(commitment(TODAY.minusMonths(36).minusDays(1), "违诺")), "brokenCommitments", "0", 0);
    }

    @Test
    void aCommendationInForceTakesFivePointsOff() {
        assertScored(Facts.typical().flag(FlagKind.COMMENDED), "commended", "1", -5);
        assertScored(Facts.typical(), "commended", "0", 0);
        var evaluation = evaluate(Facts.typical().flag(FlagKind.COMMENDED));
        assertThat(evaluation.score()).isEqualTo(-5);
        assertThat(evaluation.riskClass()).isEqualTo("A");
    }

    @Test
    void adverseRecordsCountPenaltiesDebtsAndJudgmentsOfAnyAgeForNoPoints() {
        var old = TODAY.minusYears(8);
        assertScored(Facts.typical().records(Records.warning(old), Records.dishonestDebtor(old), Records.courtJudgment(TODAY)),
                "adverseRecords", "3", 0);
        assertScored(Facts.typical().records(complaint(TODAY, "价格", "属实"), Records.inspectionProblem(TODAY),
                commitment(TODAY, "违诺")), "adverseRecords", "0", 0);
    }

    @Test
    void listingsCountEveryListInForceForNoPoints() {
        assertScored(Facts.typical().listed(ListKind.ABNORMAL).listed(ListKind.SERIOUS_DISHONEST), "listings", "2", 0);
        assertScored(Facts.typical(), "listings", "0", 0);
    }
}
