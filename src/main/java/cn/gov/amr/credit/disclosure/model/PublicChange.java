package cn.gov.amr.credit.disclosure.model;

import java.time.Instant;

/**
 * One entry of the public change feed: the entity whose public information may have changed, why
 * ({@link ChangeReason}), and when.
 * {@code cursor} orders the feed.
 */
public record PublicChange(String cursor, String entityCode, ChangeReason reason, Instant changedAt) {
}
