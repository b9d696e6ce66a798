package cn.gov.amr.credit.classification.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The points a value gives: either {@code per} points for each unit of the value, capped at {@code max}
 * (e.g. 10 per penalty, at most 40), or the first of {@code bands} the value falls in (e.g. younger than
 * 1 year: 10). Points may be negative (a commendation lowers the risk). Exactly one form is given.
 */
public record Points(Integer per, Integer max, List<Band> bands) {

    public Points {
        bands = bands == null ? List.of() : List.copyOf(bands);
    }

    /** A band: values with {@code atLeast <= value < below} (either bound may be absent) give {@code points}. */
    public record Band(BigDecimal atLeast, BigDecimal below, int points) {
    }
}
