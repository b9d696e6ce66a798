package cn.gov.amr.credit.audit.model;

import java.time.Instant;
import java.util.Map;

/** An audit entry as shown to ADMIN and AUDITOR. Instants are UTC (ISO-8601 with offset in JSON). */
public record AuditEntry(long seq, Instant occurredAt, String actor, String clientAddress, String action,
                         String target, Map<String, String> details, String hash) {
}
