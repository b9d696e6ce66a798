package cn.gov.amr.credit.disclosure;

import java.time.Instant;

/**
 * One entry of the public change feed: the entity whose public information may have changed, why
 * (REGISTRY: its registered data; RECORDS: records added, changed or withdrawn; OBJECTION), and when.
 * {@code cursor} orders the feed.
 */
public record PublicChange(String cursor, String entityCode, String reason, Instant changedAt) {
}
