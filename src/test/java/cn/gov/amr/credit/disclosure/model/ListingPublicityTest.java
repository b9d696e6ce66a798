package cn.gov.amr.credit.disclosure.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An abnormal listing (or abnormal-state marking) is public from its listing; a removed one only if the policy
 * shows removed listings. A serious dishonest listing is public while in force, whatever that policy.
 */
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

    @Test
    void aRemovedAbnormalListingIsHiddenUnderThe2025Policy() {
        var removed = Listings.abnormal(1, "ANNUAL_REPORT_NOT_FILED", LocalDate.of(2026, 7, 10),
                Listings.removal(LocalDate.of(2026, 9, 1), "已补报年度报告"));
        assertThat(ListingPublicity.shown(removed, TODAY, true)).isFalse();
        assertThat(ListingPublicity.shown(removed, LocalDate.of(2026, 8, 31), true)).as("before its removal").isTrue();
    }

    @Test
    void aRemovedAbnormalListingStaysShownAsRemovedWhenThePolicyShowsRemovedListings() {
        var removed = Listings.abnormal(1, "ANNUAL_REPORT_NOT_FILED", LocalDate.of(2026, 7, 10),
                Listings.removal(LocalDate.of(2026, 9, 1), "已补报年度报告"));
        assertThat(ListingPublicity.shown(removed, TODAY, false)).isTrue();
        assertThat(ListingPublicity.removedBy(removed, TODAY)).isTrue();
        assertThat(ListingPublicity.removedBy(removed, LocalDate.of(2026, 8, 31))).isFalse();
    }

    @Test
    void aRestoredAbnormalStateMarkingFollowsTheSamePolicy() {
        var restored = Listings.abnormalState(2, "ADDRESS_UNREACHABLE", LocalDate.of(2026, 3, 2),
                Listings.removal(LocalDate.of(2026, 5, 6), "已恢复正常记载状态"));
        assertThat(ListingPublicity.shown(restored, TODAY, true)).isFalse();
        assertThat(ListingPublicity.shown(restored, TODAY, false)).isTrue();
        var marked = Listings.abnormalState(3, "ADDRESS_UNREACHABLE", LocalDate.of(2026, 3, 2), null);
        assertThat(ListingPublicity.shown(marked, TODAY, true)).isTrue();
    }

    @Test
    void aSeriousDishonestListingIsPublicWhileInForceOnlyWhateverThePolicy() {
        var inForce = Listings.seriousDishonest(4, "FOOD_SAFETY", LocalDate.of(2025, 4, 1), null);
        var removed = Listings.seriousDishonest(5, "FOOD_SAFETY", LocalDate.of(2023, 4, 1),
                Listings.removal(LocalDate.of(2026, 4, 1), "列入满三年"));
        for (boolean hideRemovedAbnormal : new boolean[] {true, false}) {
            assertThat(ListingPublicity.shown(inForce, TODAY, hideRemovedAbnormal)).isTrue();
            assertThat(ListingPublicity.shown(removed, TODAY, hideRemovedAbnormal)).isFalse();
        }
        assertThat(ListingPublicity.shown(inForce, LocalDate.of(2025, 3, 31), false)).as("not before its decision")
                .isFalse();
    }
}
