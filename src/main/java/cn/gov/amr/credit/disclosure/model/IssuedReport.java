package cn.gov.amr.credit.disclosure.model;

import java.time.Instant;

/**
 * A public credit report as issued for printing: its verification code, when it was issued, the
 * SHA-256 of its content, and the content itself, so that anyone holding a printout can check it.
 */
public record IssuedReport(String verificationCode, String entityCode, Instant issuedAt, String sha256,
                           PublicReport report) {
}
