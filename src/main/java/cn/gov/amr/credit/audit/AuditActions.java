package cn.gov.amr.credit.audit;

/**
 * Actions recorded by the platform's own modules. Each module may define further actions as
 * upper-case codes; these are the ones the identity and audit modules write.
 */
public final class AuditActions {
    public static final String SIGN_IN = "SIGN_IN";
    public static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
    public static final String SIGN_OUT = "SIGN_OUT";
    public static final String USER_CREATED = "USER_CREATED";
    public static final String USER_CHANGED = "USER_CHANGED";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    public static final String API_KEY_ISSUED = "API_KEY_ISSUED";
    public static final String API_KEY_REVOKED = "API_KEY_REVOKED";
    public static final String PERSONAL_DATA_REVEALED = "PERSONAL_DATA_REVEALED";
    public static final String DEPARTMENT_REGISTERED = "DEPARTMENT_REGISTERED";
    public static final String DEPARTMENT_CHANGED = "DEPARTMENT_CHANGED";
    public static final String BATCH_SUBMITTED = "BATCH_SUBMITTED";
    public static final String BATCH_RETRIED = "BATCH_RETRIED";
    public static final String QUARANTINE_RESUBMITTED = "QUARANTINE_RESUBMITTED";
    public static final String QUARANTINE_DISMISSED = "QUARANTINE_DISMISSED";
    public static final String RECORDS_EXPORTED = "RECORDS_EXPORTED";
    public static final String EXPORT_DOWNLOADED = "EXPORT_DOWNLOADED";
    public static final String OBJECTION_RAISED = "OBJECTION_RAISED";
    public static final String OBJECTION_ANSWERED = "OBJECTION_ANSWERED";
    public static final String BULK_FILE_GENERATED = "BULK_FILE_GENERATED";

    private AuditActions() {
    }
}
