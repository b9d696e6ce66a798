package cn.gov.amr.credit.disclosure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** An abnormal listing is public from its listing; a removed one only if the policy shows removed listings. */
class ListingPublicityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @ParameterizedTest(name = "listed {0}, removed {1}, hide removed {2} -> {3}")
    @CsvSource(nullValues = "-", value = {
            "2026-01-05, -,          true,  true",    // listed, not removed
            "2026-01-05, 2026-06-01, true,  false",   // removed: hidden by default
            "2026-01-05, 2026-06-01, false, true",    // removed, the policy shows removed listings
            "2026-01-05, 2026-11-26, true,  false",   // removed today: hidden from the day of removal
            "2026-01-05, 2026-11-27, true,  true",    // removal decided for tomorrow: still listed today
            "2026-11-27, -,          true,  false",   // listed tomorrow: not yet public
            "2026-11-26, -,          true,  true"})   // listed today: public the same day
    void shownFromListingAndHiddenOnceRemovedWhenThePolicySaysSo(LocalDate listed, LocalDate removed,
                                                                 boolean hideRemoved, boolean shown) {
        assertThat(ListingPublicity.shown(TODAY, listed, removed, hideRemoved)).isEqualTo(shown);
    }
}
