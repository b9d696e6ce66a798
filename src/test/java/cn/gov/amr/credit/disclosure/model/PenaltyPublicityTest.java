package cn.gov.amr.credit.disclosure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import cn.gov.amr.credit.disclosure.application.PublicitySettings;
import cn.gov.amr.credit.disclosure.model.Publicity.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DOMAIN §8: which penalties are public, and until when (default policy). */
class PenaltyPublicityTest {

    private static final PublicitySettings POLICY = PublicitySettings.defaults();
    private static final LocalDate DECIDED = LocalDate.parse("2024-03-15");

    private static Publicity on(String today, Set<String> categories, String fineYuan, boolean person,
                                String restrictionUntil, boolean stopped) {
        return PenaltyPublicity.on(LocalDate.parse(today), new PenaltyFacts(categories,
                fineYuan == null ? null : new BigDecimal(fineYuan), person, DECIDED,
                restrictionUntil == null ? null : LocalDate.parse(restrictionUntil), stopped), POLICY);
    }

    @Test
    void aWarningAloneIsNeverPublished() {
        assertThat(on("2024-03-16", Set.of("01"), null, false, null, false).status()).isEqualTo(Status.WARNING_ONLY);
    }

    @ParameterizedTest
    @CsvSource({"true,200,SIMPLE_PROCEDURE", "true,200.01,PUBLIC", "false,3000,SIMPLE_PROCEDURE",
            "false,3000.5,PUBLIC"})
    void aFineAloneWithinTheOnTheSpotLimitIsSimpleProcedure(boolean person, String fine, Status status) {
        assertThat(on("2024-03-16", Set.of("03"), fine, person, null, false).status()).isEqualTo(status);
        assertThat(on("2024-03-16", Set.of("01", "03"), fine, person, null, false).status()).isEqualTo(status);
    }

    @Test
    void aSmallFineWithAnotherPenaltyIsNotSimpleProcedure() {
        assertThat(on("2024-03-16", Set.of("03", "04"), "100", true, null, false).status()).isEqualTo(Status.PUBLIC);
    }

    @ParameterizedTest
    @CsvSource({
            // categories, fine, person, last public day
            "02,,false,2024-06-14",             // notice of criticism: 3 months
            "03,99999,false,2024-06-14",         // low-amount fine, organisation (< 100,000): 3 months
            "03,100000,false,2027-03-14",        // not low: 3 years
            "03,9999,true,2024-06-14",           // low-amount fine, natural person (< 10,000)
            "03,10000,true,2027-03-14",
            "04,,false,2027-03-14",              // confiscation: 3 years
            "02;04,,false,2027-03-14"})          // criticism with something heavier: 3 years
    void thePeriodRunsFromTheDecisionDate(String categories, String fine, boolean person, String lastDay) {
        var codes = Set.of(categories.split(";"));
        var publicity = on("2024-03-16", codes, fine, person, null, false);
        assertThat(publicity.publicUntil()).isEqualTo(LocalDate.parse(lastDay));
        assertThat(on(lastDay, codes, fine, person, null, false).status()).isEqualTo(Status.PUBLIC);
        assertThat(on(LocalDate.parse(lastDay).plusDays(1).toString(), codes, fine, person, null, false).status())
                .isEqualTo(Status.PERIOD_ENDED);
    }

    @Test
    void aRestrictionLongerThanThePeriodKeepsThePenaltyPublicUntilItEnds() {
        var publicity = on("2029-01-01", Set.of("12"), null, false, "2029-03-14", false);
        assertThat(publicity.status()).isEqualTo(Status.PUBLIC);
        assertThat(publicity.publicUntil()).isEqualTo(LocalDate.parse("2029-03-14"));
        assertThat(on("2024-03-16", Set.of("12"), null, false, "2025-01-01", false).publicUntil())
                .isEqualTo(LocalDate.parse("2027-03-14"));
        // a validity end of a penalty that restricts nothing does not lengthen publicity
        assertThat(on("2024-03-16", Set.of("04"), null, false, "2030-01-01", false).publicUntil())
                .isEqualTo(LocalDate.parse("2027-03-14"));
    }

    @Test
    void aStoppedPublicationIsNotShownEvenInsideItsPeriod() {
        var publicity = on("2024-04-01", Set.of("04"), null, false, null, true);
        assertThat(publicity.status()).isEqualTo(Status.PUBLICATION_STOPPED);
        assertThat(publicity.shown()).isFalse();
    }
}
