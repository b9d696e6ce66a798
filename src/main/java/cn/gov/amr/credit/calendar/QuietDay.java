package cn.gov.amr.credit.calendar;

import java.time.LocalDate;

/**
 * A quiet-production day (企业安静生产日): a day on which enterprises are not visited by inspections unless
 * necessary. Kept beside the calendar for the inspection module; it does not change working days.
 *
 * @param id           stable identifier
 * @param date         the day
 * @param jurisdiction the jurisdiction's code it applies to, or null for the whole city
 * @param note         why, empty when none; never null
 */
public record QuietDay(long id, LocalDate date, String jurisdiction, String note) {

    public QuietDay {
        note = note == null ? "" : note;
    }

    /** Whether the day applies in {@code jurisdictionCode} (a city-wide day applies everywhere). */
    public boolean appliesIn(String jurisdictionCode) {
        return jurisdiction == null || jurisdiction.equals(jurisdictionCode);
    }
}
