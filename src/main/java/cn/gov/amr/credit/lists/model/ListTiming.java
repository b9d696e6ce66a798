package cn.gov.amr.credit.lists.model;

import java.time.LocalDate;

import cn.gov.amr.credit.shared.WorkingDays;

/**
 * The lists' legal timing (DOMAIN §7), every period a setting ({@code ListSettings}):
 * <ul>
 * <li>a listing is decided within {@code listingWorkingDays} (10) working days of its ground arising;
 *     a removal proposal within {@code removalWorkingDays} (5) of the remedy;</li>
 * <li>after {@code abnormalYears} (3) full years on the abnormal list unremedied an enterprise is proposed
 *     for the serious dishonest list (due within the listing period of that anniversary); the public warning
 *     covers the {@code warningDays} (60) days before it;</li>
 * <li>a serious dishonest listing ends by itself after {@code seriousYears} (3) years and may end early,
 *     through credit repair, after {@code earlyRemovalYears} (1);</li>
 * <li>an individual business marked abnormal may object for {@code objectionDays} (30) days.</li>
 * </ul>
 * "Within N working days of day D" ends on {@link WorkingDays#addWorkingDays(LocalDate, int)}.
 */
public record ListTiming(int listingWorkingDays, int removalWorkingDays, int abnormalYears, int warningDays,
                         int seriousYears, int earlyRemovalYears, int objectionDays) {

    public LocalDate listingDue(LocalDate arose, WorkingDays days) {
        return days.addWorkingDays(arose, listingWorkingDays);
    }

    public LocalDate removalDue(LocalDate remedied, WorkingDays days) {
        return days.addWorkingDays(remedied, removalWorkingDays);
    }

    /** The day an abnormal listing has lasted its full years. */
    public LocalDate abnormalYearsReached(LocalDate listedOn) {
        return listedOn.plusYears(abnormalYears);
    }

    /** Whether the anniversary falls after today and within the warning days. */
    public boolean inWarningWindow(LocalDate listedOn, LocalDate today) {
        LocalDate anniversary = abnormalYearsReached(listedOn);
        return anniversary.isAfter(today) && !anniversary.isAfter(today.plusDays(warningDays));
    }

    public boolean abnormalYearsPassed(LocalDate listedOn, LocalDate day) {
        return !abnormalYearsReached(listedOn).isAfter(day);
    }

    /** The day a serious dishonest listing ends by itself. */
    public LocalDate seriousExpiresOn(LocalDate listedOn) {
        return listedOn.plusYears(seriousYears);
    }

    public boolean seriousExpired(LocalDate listedOn, LocalDate today) {
        return !seriousExpiresOn(listedOn).isAfter(today);
    }

    /** Whether a serious dishonest listing may be removed early on {@code day}. */
    public boolean earlyRemovalAllowed(LocalDate listedOn, LocalDate day) {
        return !day.isBefore(listedOn.plusYears(earlyRemovalYears));
    }

    public LocalDate objectionUntil(LocalDate markedOn) {
        return markedOn.plusDays(objectionDays);
    }
}
