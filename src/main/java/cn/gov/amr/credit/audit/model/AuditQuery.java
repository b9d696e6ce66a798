package cn.gov.amr.credit.audit.model;

import java.time.Instant;

/**
 * A search of the audit log; every criterion is optional (null). Results are newest first.
 *
 * @param page from 1
 * @param size at most 200
 */
public record AuditQuery(String actor, String action, String target, Instant from, Instant to, int page, int size) {

    public AuditQuery {
        page = Math.max(page, 1);
        size = Math.min(Math.max(size, 1), 200);
    }
}
