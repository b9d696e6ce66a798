package cn.gov.amr.credit.classification.model;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Turns an indicator's value into points by its {@link Points} (pure). */
public final class PointsRule {

    private PointsRule() {
    }

    /**
     * {@code per} form: per × value, rounded half up to whole points, then capped at {@code max} (for a
     * negative {@code per}, {@code max} is the floor). Bands: the points of the first band the value is in;
     * 0 if none.
     */
    public static int points(Points points, BigDecimal value) {
        if (points.per() != null) {
            int raw = BigDecimal.valueOf(points.per()).multiply(value).setScale(0, RoundingMode.HALF_UP).intValueExact();
            if (points.max() == null) {
                return raw;
            }
            return points.per() >= 0 ? Math.min(raw, points.max()) : Math.max(raw, points.max());
        }
        for (var band : points.bands()) {
            if ((band.atLeast() == null || value.compareTo(band.atLeast()) >= 0)
                    && (band.below() == null || value.compareTo(band.below()) < 0)) {
                return band.points();
            }
        }
        return 0;
    }
}
