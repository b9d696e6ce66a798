package cn.gov.amr.credit.classification.infrastructure;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One entity's stored result: the explanation compactly, against its model version (the value and points
 * of the general model's indicator i at position i; the professional part as JSON), with the entity's
 * jurisdiction, kind, industry section and region for statistics, and the reason of a change.
 */
public record ResultRow(String entityCode, long modelId, String riskClass, String generalClass, int score,
                        BigDecimal[] values, int[] points, Integer overrideRule, String professionalJson,
                        String jurisdiction, String entityKind, String industry, String regionCode,
                        Instant classifiedAt, String reason) {
}
