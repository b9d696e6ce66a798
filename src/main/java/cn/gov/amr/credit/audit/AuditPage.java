package cn.gov.amr.credit.audit;

import java.util.List;

/** One page of audit entries and the number of all entries matching the query. */
public record AuditPage(List<AuditEntry> items, long total) {
}
