package cn.gov.amr.credit.disclosure.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on objections ({@code credit.disclosure.objections.*}), so that raising them cannot be used to
 * flood reviewers or to mark records "under objection" at will: at most {@code perAddressPerDay}
 * objections from one client address in 24 hours, and at most {@code openPerRecord} open objections to
 * one record (or to one entity as a whole) from distinct addresses. Over either: 429 with Retry-After.
 */
@ConfigurationProperties("credit.disclosure.objections")
public record ObjectionSettings(@DefaultValue("5") int perAddressPerDay, @DefaultValue("10") int openPerRecord,
                                @DefaultValue("3600") long recordRetryAfterSeconds) {
}
