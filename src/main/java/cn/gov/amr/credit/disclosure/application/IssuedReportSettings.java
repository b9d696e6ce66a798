package cn.gov.amr.credit.disclosure.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long issued reports are kept ({@code credit.disclosure.issued-reports.*}): reports issued more
 * than {@code keepDays} legal days ago are deleted by a daily job (once across instances), after which
 * their verification code answers 404. Two years by default: a printed report is used within months
 * (tenders and loans ask for one issued recently), and two years also cover the time in which a
 * decision that relied on it can still be challenged (six months for an administrative suit, three
 * years at most for a civil claim counted from when it was known, usually soon after the decision);
 * see {@code docs/disclosure.md}. {@code cleanupCron}: when the daily job runs (Asia/Shanghai).
 */
@ConfigurationProperties("credit.disclosure.issued-reports")
public record IssuedReportSettings(@DefaultValue("730") int keepDays,
                                   @DefaultValue("0 40 3 * * *") String cleanupCron) {
}
