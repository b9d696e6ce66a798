/**
 * The working-day calendar (工作日历) of the whole platform (DOMAIN §8/§11): per year the public holidays
 * and the adjusted working weekends of the State Council's notice, maintained by ADMIN (page, import of
 * the notice as a table), and the quiet-production days kept beside it. Every legal deadline is computed
 * with {@link cn.gov.amr.credit.calendar.WorkingCalendar}; the arithmetic is the pure
 * {@link cn.gov.amr.credit.shared.WorkingDays}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar",
        allowedDependencies = {"audit", "identity", "platform", "shared"})
package cn.gov.amr.credit.calendar;
