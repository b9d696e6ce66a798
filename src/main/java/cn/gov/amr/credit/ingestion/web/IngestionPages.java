package cn.gov.amr.credit.ingestion.web;

import cn.gov.amr.credit.shared.Refusal;

/** What the officers' pages of aggregation share: who may see them, who may act, how a refusal is shown. */
final class IngestionPages {

    /** Every page: staff who read. */
    static final String STAFF = "hasAnyRole('ADMIN', 'OFFICER', 'REVIEWER', 'AUDITOR')";
    /** Uploads, retries, corrections. */
    static final String WRITERS = "hasAnyRole('ADMIN', 'OFFICER')";
    /** Exports and the register of departments. */
    static final String ADMIN = "hasRole('ADMIN')";

    private IngestionPages() {
    }

    /** No such thing or not the caller's: the friendly error page with its status, not the form. */
    static void rethrowUnlessForTheForm(Refusal refusal) {
        if (refusal.kind() == Refusal.Kind.FORBIDDEN || refusal.kind() == Refusal.Kind.NOT_FOUND) {
            throw refusal;
        }
    }
}
