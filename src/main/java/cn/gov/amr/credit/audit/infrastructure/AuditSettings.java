package cn.gov.amr.credit.audit.infrastructure;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit log's settings ({@code credit.audit.*}): {@code headCron} is when the daily job writes the
 * chain's head to a checkpoint (cron, Asia/Shanghai).
 */
@ConfigurationProperties("credit.audit")
public record AuditSettings(@DefaultValue("0 5 0 * * *") String headCron) {
}
