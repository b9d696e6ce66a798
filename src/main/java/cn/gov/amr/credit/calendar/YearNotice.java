package cn.gov.amr.credit.calendar;

import java.time.Instant;

/**
 * Which notice a year's days come from and who entered it when.
 *
 * @param title      the notice's title, or null when not given
 * @param reference  the notice's document number, or null when not given
 * @param importedBy the user who imported it ({@code system} for the shipped years)
 * @param importedAt when (an instant; shown in local time)
 */
public record YearNotice(String title, String reference, String importedBy, Instant importedAt) {
}
