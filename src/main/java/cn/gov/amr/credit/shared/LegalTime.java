package cn.gov.amr.credit.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Legal dates (deadlines, decision dates, publicity periods) are dates in China Standard Time;
 * instants are stored in UTC. This is the one place that says so.
 */
public final class LegalTime {

    /** The zone in which legal dates are reckoned. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TO_THE_MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

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

    /** The instant as officers and the public read it on pages: local time to the minute, {@code 2026-12-03 15:04}. */
    public static String toTheMinute(Instant instant) {
        return TO_THE_MINUTE.format(instant.atZone(ZONE));
    }
}
