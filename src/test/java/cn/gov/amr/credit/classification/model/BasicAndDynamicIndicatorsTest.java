package cn.gov.amr.credit.classification.model;

import static cn.gov.amr.credit.classification.model.Facts.TODAY;
import static cn.gov.amr.credit.classification.model.Models.evaluate;
import static cn.gov.amr.credit.classification.model.Models.indicator;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.gov.amr.credit.classification.model.Evaluation.Scored;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The default general model's basic attributes (age, capital, industry) and dynamic information
 * (registration changes, annual reports), DOMAIN §5: each indicator's value and points on a typical
 * entity, at its band and cap edges and at its time window's edge.
 */
class BasicAndDynamicIndicatorsTest {

    private static void assertScored(Facts facts, String indicator, String value, int points) {
        Scored scored = indicator(evaluate(facts), indicator);
        assertThat(scored.value()).as("%s value", indicator).isEqualByComparingTo(value);
        assertThat(scored.points()).as("%s points", indicator).isEqualTo(points);
    }

    @Test
    void aTypicalEntityScoresNothingAndIsClassA() {
        var evaluation = evaluate(Facts.typical());
        assertThat(evaluation.indicators()).allSatisfy(s -> assertThat(s.points()).isZero());
        assertThat(evaluation.score()).isZero();
        assertThat(evaluation.riskClass()).isEqualTo("A");
        assertThat(evaluation.professional()).isEmpty();
    }

    @ParameterizedTest(name = "established {0} days before today less {1} years: {2} years, {3} points")
    @CsvSource({
            "0,0,0,8",      // founded today
            "-1,1,0,8",     // a day short of one year
            "0,1,1,4",      // one year to the day
            "-1,3,2,4",     // a day short of three years
            "0,3,3,0",      // three years to the day
            "0,10,10,0"})
    void anEntityYoungerThanThreeYearsScoresByItsWholeYears(int plusDays, int years, String age, int points) {
        LocalDate established = TODAY.minusYears(years).minusDays(plusDays);
        assertScored(Facts.typical().establishedOn(established), "entityAge", age, points);
    }

    @ParameterizedTest(name = "capital {0} 万元: {1} points")
    @CsvSource({"100,0", "0.5,2", "0.99,2", "1,0", "0,2"})
    void aCapitalBelowTenThousandYuanScoresTwo(String capital, int points) {
        assertScored(Facts.typical().capital(capital), "registeredCapital", capital, points);
    }

    @Test
    void aCapitalNotGivenCountsAsZero() {
        assertScored(Facts.typical().capital(null), "registeredCapital", "0", 2);
    }

    @ParameterizedTest(name = "industry {0}: {1}")
    @CsvSource({"H6210,1,3", "H62,1,3", "C1310,1,3", "C1411,1,3", "C1512,1,3", "C2710,1,3", "F5131,0,0",
            "H6110,0,0", "C2610,0,0", "I6510,0,0"})
    void foodAndDrugProductionAndCateringAreSensitiveIndustries(String industry, String value, int points) {
        assertScored(Facts.typical().industry(industry), "sensitiveIndustry", value, points);
    }

    @Test
    void registrationChangesInTheLastYearScoreTwoEachUpToSix() {
        assertScored(Facts.typical().changedOn(TODAY.minusMonths(2)), "registrationChanges", "1", 2);
        assertScored(Facts.typical().changedOn(TODAY.minusMonths(2), TODAY.minusDays(3)), "registrationChanges", "2", 4);
        assertScored(Facts.typical().changedOn(TODAY, TODAY, TODAY), "registrationChanges", "3", 6);
        assertScored(Facts.typical().changedOn(TODAY, TODAY, TODAY, TODAY, TODAY), "registrationChanges", "5", 6);
    }

    @Test
    void aRegistrationChangeTwelveMonthsAndADayAgoDoesNotCount() {
        assertScored(Facts.typical().changedOn(TODAY.minusMonths(12)), "registrationChanges", "1", 2);
        assertScored(Facts.typical().changedOn(TODAY.minusMonths(12).minusDays(1)), "registrationChanges", "0", 0);
    }

    @Test
    void everyDueReportFiledScoresNothing() {
        assertScored(Facts.typical().filed(2022, 2023, 2024), "annualReportsMissing", "0", 0);
    }

    @Test
    void eachOfTheLastThreeDueReportsMissingScoresTen() {
        assertScored(Facts.typical().filed(2022, 2023), "annualReportsMissing", "1", 10);
        assertScored(Facts.typical().filed(2023), "annualReportsMissing", "2", 20);
        assertScored(Facts.typical().filed(), "annualReportsMissing", "3", 30);
    }

    @Test
    void aReportMissingBeforeTheLastThreeYearsDoesNotCount() {
        assertScored(Facts.typical().filed(2022, 2023, 2024), "annualReportsMissing", "0", 0);
        assertScored(Facts.typical().filed(2019, 2020, 2023, 2024), "annualReportsMissing", "1", 10);
    }

    @Test
    void reportYearsBeforeEstablishmentDoNotCount() {
        // established in 2024: only the report for 2024 is due
        assertScored(Facts.typical().establishedOn(LocalDate.of(2024, 3, 1)).filed(), "annualReportsMissing", "1", 10);
        // established this year: nothing due yet
        assertScored(Facts.typical().establishedOn(LocalDate.of(2025, 1, 2)).filed(), "annualReportsMissing", "0", 0);
    }

    @Test
    void aYearForWhichNoReportsWereReceivedAtAllCountsForNoOne() {
        var context = new EvaluationContext(TODAY, Facts.DUE_REPORT_YEAR, year -> year != 2024);
        var evaluation = ModelEvaluator.evaluate(Models.DEFAULT, Facts.typical().filed(2022).build(), context);
        assertThat(indicator(evaluation, "annualReportsMissing").value()).isEqualByComparingTo("1");
        assertThat(indicator(evaluation, "annualReportsMissing").points()).isEqualTo(10);
    }
}
