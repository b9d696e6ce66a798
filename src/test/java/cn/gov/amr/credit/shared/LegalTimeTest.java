package cn.gov.amr.credit.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class LegalTimeTest {

    @Test
    void anInstantReadsAsBeijingTimeToTheMinute() {
        assertThat(LegalTime.toTheMinute(Instant.parse("2026-12-03T07:04:59Z"))).isEqualTo("2026-12-03 15:04");
    }

    @Test
    void lateEveningUtcIsTheNextLegalDay() {
        assertThat(LegalTime.toTheMinute(Instant.parse("2026-12-03T16:30:00Z"))).isEqualTo("2026-12-04 00:30");
        assertThat(LegalTime.dateOf(Instant.parse("2026-12-03T16:30:00Z"))).hasToString("2026-12-04");
    }
}
