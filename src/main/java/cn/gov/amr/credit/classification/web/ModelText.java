package cn.gov.amr.credit.classification.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.gov.amr.credit.classification.model.Condition;
import cn.gov.amr.credit.classification.model.IndicatorDef;
import cn.gov.amr.credit.classification.model.OverrideDef;
import cn.gov.amr.credit.classification.model.Points;
import cn.gov.amr.credit.classification.model.RiskClassDef;
import org.springframework.stereotype.Component;

/**
 * A model definition in plain words for its page: each class with its score range, the indicators
 * grouped by dimension (what each measures, {@link MeasureText}, and how its value gives points), the
 * overrides as "conditions ⇒ class".
 */
@Component
class ModelText {

    /** A class: its letter, label and score range in words. */
    record ClassRow(String letter, String label, String range) {
    }

    /** An indicator: its id, name, what it measures and its points rule, in words. */
    record IndicatorRow(String id, String name, String measure, String points) {
    }

    /** An override: its name, its conditions and its effect, in words. */
    record OverrideRow(String name, String conditions, String effect) {
    }

    private final ClassificationPageSupport fmt;
    private final MeasureText measures;

    ModelText(ClassificationPageSupport fmt, MeasureText measures) {
        this.fmt = fmt;
        this.measures = measures;
    }

    List<ClassRow> classes(List<RiskClassDef> classes, Locale locale) {
        var rows = new ArrayList<ClassRow>();
        for (int i = 0; i < classes.size(); i++) {
            var current = classes.get(i);
            Integer next = i + 1 < classes.size() ? classes.get(i + 1).minScore() : null;
            Integer from = i == 0 ? null : current.minScore();
            String range;
            if (from == null && next == null) {
                range = fmt.text("classification.page.range.any", locale);
            } else if (from == null) {
                range = fmt.text("classification.page.range.upTo", locale, Integer.toString(next - 1));
            } else if (next == null) {
                range = fmt.text("classification.page.range.from", locale, Integer.toString(from));
            } else {
                range = fmt.text("classification.page.range.between", locale, Integer.toString(from),
                        Integer.toString(next - 1));
            }
            rows.add(new ClassRow(current.letter(), current.label() == null ? "" : current.label(), range));
        }
        return rows;
    }

    /** The indicators by dimension (in the dimensions' order), each in the model's order. */
    Map<String, List<IndicatorRow>> byDimension(List<IndicatorDef> indicators, Locale locale) {
        var groups = new LinkedHashMap<String, List<IndicatorRow>>();
        indicators.stream().sorted(java.util.Comparator.comparing(
                        (IndicatorDef indicator) -> indicator.dimension() == null ? Integer.MAX_VALUE
                                : indicator.dimension().ordinal()))
                .forEach(indicator -> groups.computeIfAbsent(dimension(indicator, locale), key -> new ArrayList<>())
                        .add(row(indicator, locale)));
        return groups;
    }

    IndicatorRow row(IndicatorDef indicator, Locale locale) {
        return new IndicatorRow(indicator.id(), indicator.name(),
                indicator.measure() == null ? "" : measures.describe(indicator.measure(), locale),
                points(indicator.points(), indicator.unit(), locale));
    }

    /** A measure in words ({@link MeasureText}). */
    String measure(cn.gov.amr.credit.classification.model.Measure measure, Locale locale) {
        return measures.describe(measure, locale);
    }

    private String dimension(IndicatorDef indicator, Locale locale) {
        return indicator.dimension() == null ? ""
                : fmt.text("classification.dimension." + indicator.dimension().name(), locale);
    }

    /** How a value gives points: "每次 10分，最高 40分", "是：30分", "不满1年：10分；1年至不满3年：5分". */
    String points(Points points, String unit, Locale locale) {
        if (points == null) {
            return "";
        }
        if (points.per() != null && points.per() == 0) {
            return fmt.text("classification.page.points.none", locale);
        }
        if (points.per() != null) {
            if (unit == null || unit.isEmpty()) {
                return fmt.text("classification.page.points.yes", locale, ClassificationPageSupport.signed(points.per()));
            }
            String per = fmt.text("classification.page.points.per", locale, unit,
                    ClassificationPageSupport.signed(points.per()));
            return points.max() == null ? per
                    : fmt.text("classification.page.points.max", locale, per, Integer.toString(points.max()));
        }
        var bands = new ArrayList<String>();
        for (var band : points.bands()) {
            bands.add(fmt.text("classification.page.points.band", locale, bounds(band.atLeast(), band.below(), unit,
                    locale), ClassificationPageSupport.signed(band.points())));
        }
        return String.join(fmt.text("classification.page.separator", locale), bands);
    }

    private String bounds(BigDecimal atLeast, BigDecimal below, String unit, Locale locale) {
        String u = unit == null ? "" : unit;
        if (atLeast != null && below != null) {
            return fmt.text("classification.page.bounds.between", locale, ClassificationPageSupport.number(atLeast),
                    ClassificationPageSupport.number(below), u);
        }
        if (atLeast != null) {
            return fmt.text("classification.page.bounds.atLeast", locale, ClassificationPageSupport.number(atLeast), u);
        }
        if (below != null) {
            return fmt.text("classification.page.bounds.below", locale, ClassificationPageSupport.number(below), u);
        }
        return fmt.text("classification.page.bounds.any", locale);
    }

    List<OverrideRow> overrides(List<OverrideDef> overrides, List<IndicatorDef> indicators, Locale locale) {
        var names = new java.util.HashMap<String, IndicatorDef>();
        indicators.forEach(indicator -> names.put(indicator.id(), indicator));
        return overrides.stream().map(override -> new OverrideRow(override.name(),
                String.join(fmt.text("classification.page.and", locale),
                        override.when().stream().map(condition -> condition(condition, names, locale)).toList()),
                override.effect() == null ? "" : fmt.text("classification.page.effect." + override.effect(), locale,
                        override.riskClass()))).toList();
    }

    private String condition(Condition condition, Map<String, IndicatorDef> indicators, Locale locale) {
        var indicator = indicators.get(condition.indicator());
        String name = indicator == null ? condition.indicator() : indicator.name();
        String unit = indicator == null ? "" : indicator.unit();
        BigDecimal atLeast = condition.atLeast();
        BigDecimal atMost = condition.atMost();
        if (unit.isEmpty() && atMost == null && atLeast != null && atLeast.compareTo(BigDecimal.ONE) == 0) {
            return name;
        }
        if (atLeast == null && atMost != null && atMost.signum() == 0) {
            return fmt.text("classification.page.condition.none", locale, name);
        }
        String key = atLeast != null && atMost != null ? "between" : atLeast != null ? "atLeast" : "atMost";
        return fmt.text("classification.page.condition." + key, locale, name,
                ClassificationPageSupport.number(atLeast != null ? atLeast : atMost),
                ClassificationPageSupport.number(atMost), unit);
    }
}
