package cn.gov.amr.credit.classification.model;

import java.math.BigDecimal;

/** A condition on an indicator's value: at least and/or at most the bounds given (inclusive). */
public record Condition(String indicator, BigDecimal atLeast, BigDecimal atMost) {
}
