package cn.gov.amr.credit.classification.model;

import java.time.LocalDate;
import java.util.function.IntPredicate;

/**
 * What a classification needs besides the entity: the legal day, the annual-report year now due, and
 * whether reports of a year were received at all (no data: no one counts as missing it).
 */
public record EvaluationContext(LocalDate today, int dueReportYear, IntPredicate reportsReceived) {
}
