package cn.gov.amr.credit.calendar.application;

/** The audit log's actions of the calendar (audit.AuditLog); the target is {@code calendar:<year>}. */
final class CalendarActions {

    static final String NOTICE_REPLACED = "CALENDAR_NOTICE_REPLACED";
    static final String QUIET_DAY_ADDED = "QUIET_DAY_ADDED";
    static final String QUIET_DAY_REMOVED = "QUIET_DAY_REMOVED";

    private CalendarActions() {
    }
}
