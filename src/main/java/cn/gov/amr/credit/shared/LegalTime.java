package cn.gov.amr.credit.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

/**
 * Legal dates (deadlines, decision dates, publicity periods) are dates in China Standard Time;
 * instants are stored in UTC. This is the one place that says so.
 */
public final class LegalTime {

    /** The zone in which legal dates are reckoned. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private LegalTime() {
    }

    /** Today's legal date. */
    public static LocalDate today(Clock clock) {
        return LocalDate.now(clock.withZone(ZONE));
    }

    /** The legal date on which {@code instant} falls. */
    public static LocalDate dateOf(Instant instant) {
        return instant.atZone(ZONE).toLocalDate();
    }

    /** The instant as shown to people: ISO-8601 with the +08:00 offset. */
    public static OffsetDateTime local(Instant instant) {
        return instant.atZone(ZONE).toOffsetDateTime();
    }
}
