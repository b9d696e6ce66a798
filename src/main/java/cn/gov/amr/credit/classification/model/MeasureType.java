package cn.gov.amr.credit.classification.model;

/**
 * What an indicator can measure over an entity's credit file; each type reads the {@link Measure}
 * parameters named here (others must be absent or are ignored, see {@link ModelValidator}).
 * <ul>
 *   <li>{@code RECORD_COUNT}: current records of {@code kinds}, decided within {@code withinMonths} (all
 *       time if absent), optionally only those in force ({@code inForce}) and those whose {@code field}
 *       has one of {@code values} (a choice's national code or label, or the text) or contains one of
 *       {@code contains}; the value is the count.</li>
 *   <li>{@code RECORD_AMOUNT}: the sum of the amount {@code field} (万元) over the same selection.</li>
 *   <li>{@code FLAG}: 1 if the credit file raises {@code flag} ({@code DISHONEST_DEBTOR}, {@code
 *       PENALTY_IN_FORCE}, {@code ANNUAL_REPORT_MISSING}, {@code COMMENDED}), else 0.</li>
 *   <li>{@code LISTED}: the entity's listings in force on {@code lists} ({@code ABNORMAL}, {@code
 *       ABNORMAL_STATE}, {@code SERIOUS_DISHONEST}).</li>
 *   <li>{@code ENTITY_AGE}: whole years since establishment.</li>
 *   <li>{@code REGISTERED_CAPITAL}: in 万元 (0 when not given).</li>
 *   <li>{@code ENTITY_KIND}: 1 if the entity's kind is one of {@code values}.</li>
 *   <li>{@code INDUSTRY}: 1 if its industry code starts with one of {@code values} ("H", "H62").</li>
 *   <li>{@code ANNUAL_REPORTS_MISSING}: report years due in the last {@code withinYears} (default 3) and
 *       not filed (years for which no reports were received at all, and years before establishment,
 *       do not count).</li>
 *   <li>{@code REGISTRATION_CHANGES}: registry changes within {@code withinMonths}.</li>
 *   <li>{@code RELATED_BAD_ENTITIES}: other entities whose legal representative has the same ID number
 *       (never matched by name alone) and that are on a list in force or flagged as dishonest debtors.</li>
 * </ul>
 */
public enum MeasureType {
    RECORD_COUNT, RECORD_AMOUNT, FLAG, LISTED, ENTITY_AGE, REGISTERED_CAPITAL, ENTITY_KIND, INDUSTRY,
    ANNUAL_REPORTS_MISSING, REGISTRATION_CHANGES, RELATED_BAD_ENTITIES
}
