package cn.gov.amr.credit.classification.model;

import cn.gov.amr.credit.classification.model.InvalidModelException.ModelProblem;
import cn.gov.amr.credit.creditfile.FlagKind;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.schema.KindSchema;
import cn.gov.amr.credit.ingestion.schema.ValueType;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.registry.EntityKind;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

/**
 * Checks a model definition whole and lists every problem, each with its code:
 * {@code NAME_MISSING}; {@code TOO_FEW_CLASSES} (fewer than two); {@code LETTER_INVALID} (empty or longer than
 * 3 characters), {@code LETTER_DUPLICATE}; {@code THRESHOLD_MISSING} (a class after the first without a
 * minimum), {@code THRESHOLDS_OUT_OF_ORDER} (minimums not rising strictly); {@code INDICATOR_INCOMPLETE}
 * (no id, name, dimension, measure or points), {@code INDICATOR_DUPLICATE}; {@code MEASURE_INCOMPLETE}
 * (what its type needs is missing), {@code UNKNOWN_RECORD_KIND}, {@code UNKNOWN_FIELD}, {@code FIELD_NOT_AMOUNT},
 * {@code UNKNOWN_FLAG}, {@code UNKNOWN_LIST}, {@code UNKNOWN_ENTITY_KIND}, {@code WINDOW_INVALID} (a window of
 * 0 or fewer months or years); {@code POINTS_FORM} (both or neither of per and bands), {@code BANDS_OUT_OF_ORDER}
 * (a band empty, or starting below the previous band's end); {@code OVERRIDE_INCOMPLETE} (no name, effect or
 * condition), {@code CONDITION_EMPTY} (a condition with neither bound: it would always hold), {@code UNKNOWN_INDICATOR} (a condition on an indicator the general model lacks), {@code UNKNOWN_CLASS};
 * {@code PROFESSIONAL_INCOMPLETE} (no id, name, domain or combine rule), {@code PROFESSIONAL_DUPLICATE},
 * {@code PROFESSIONAL_LETTERS} (letters other than the general model's).
 */
public final class ModelValidator {

    private static final List<String> FLAGS = Arrays.stream(FlagKind.values()).map(Enum::name).toList();
    private static final List<String> KINDS = Arrays.stream(RecordKind.values()).map(Enum::name).toList();
    private static final List<String> LISTS = Arrays.stream(ListKind.values()).map(Enum::name).toList();
    private static final List<String> ENTITY_KINDS = Arrays.stream(EntityKind.values()).map(Enum::name).toList();

    private final List<ModelProblem> problems = new ArrayList<>();

    private ModelValidator() {
    }

    public static List<ModelProblem> problems(ModelDefinition model) {
        var validator = new ModelValidator();
        validator.check(model);
        return List.copyOf(validator.problems);
    }

    private void check(ModelDefinition model) {
        if (blank(model.name())) {
            problem("NAME_MISSING", "name", null);
        }
        classes(model.classes(), "classes");
        indicators(model.indicators(), "indicators");
        var ids = model.indicators().stream().map(IndicatorDef::id).toList();
        var letters = model.letters();
        for (int i = 0; i < model.overrides().size(); i++) {
            override(model.overrides().get(i), "overrides[" + i + "]", ids, letters);
        }
        var profIds = new HashSet<String>();
        for (int i = 0; i < model.professional().size(); i++) {
            var p = model.professional().get(i);
            String at = "professional[" + i + "]";
            if (blank(p.id()) || blank(p.name()) || p.domain().isEmpty() || p.combine() == null) {
                problem("PROFESSIONAL_INCOMPLETE", at, p.id());
            } else if (!profIds.add(p.id())) {
                problem("PROFESSIONAL_DUPLICATE", at + ".id", p.id());
            }
            for (int d = 0; d < p.domain().size(); d++) {
                measure(p.domain().get(d), at + ".domain[" + d + "]");
            }
            classes(p.classes(), at + ".classes");
            if (!p.classes().stream().map(RiskClassDef::letter).toList().equals(letters)) {
                problem("PROFESSIONAL_LETTERS", at + ".classes", String.join(",",
                        p.classes().stream().map(RiskClassDef::letter).map(String::valueOf).toList()));
            }
            indicators(p.indicators(), at + ".indicators");
        }
    }

    private void classes(List<RiskClassDef> classes, String at) {
        if (classes.size() < 2) {
            problem("TOO_FEW_CLASSES", at, Integer.toString(classes.size()));
        }
        var letters = new HashSet<String>();
        Integer previous = null;
        for (int i = 0; i < classes.size(); i++) {
            var c = classes.get(i);
            String here = at + "[" + i + "]";
            if (blank(c.letter()) || c.letter().strip().length() > 3) {
                problem("LETTER_INVALID", here + ".letter", c.letter());
            } else if (!letters.add(c.letter())) {
                problem("LETTER_DUPLICATE", here + ".letter", c.letter());
            }
            if (i > 0 && c.minScore() == null) {
                problem("THRESHOLD_MISSING", here + ".minScore", c.letter());
            } else if (i > 0 && previous != null && c.minScore() <= previous) {
                problem("THRESHOLDS_OUT_OF_ORDER", here + ".minScore", c.minScore().toString());
            }
            if (c.minScore() != null) {
                previous = c.minScore();
            }
        }
    }

    private void indicators(List<IndicatorDef> indicators, String at) {
        var ids = new HashSet<String>();
        for (int i = 0; i < indicators.size(); i++) {
            var indicator = indicators.get(i);
            String here = at + "[" + i + "]";
            if (blank(indicator.id()) || blank(indicator.name()) || indicator.dimension() == null
                    || indicator.measure() == null || indicator.points() == null) {
                problem("INDICATOR_INCOMPLETE", here, indicator.id());
            }
            if (!blank(indicator.id()) && !ids.add(indicator.id())) {
                problem("INDICATOR_DUPLICATE", here + ".id", indicator.id());
            }
            if (indicator.measure() != null) {
                measure(indicator.measure(), here + ".measure");
            }
            if (indicator.points() != null) {
                points(indicator.points(), here + ".points");
            }
        }
    }

    private void measure(Measure m, String at) {
        if (m.type() == null) {
            problem("MEASURE_INCOMPLETE", at + ".type", null);
            return;
        }
        switch (m.type()) {
            case RECORD_COUNT, RECORD_AMOUNT -> records(m, at);
            case FLAG -> {
                if (blank(m.flag())) {
                    problem("MEASURE_INCOMPLETE", at + ".flag", null);
                } else if (!FLAGS.contains(m.flag())) {
                    problem("UNKNOWN_FLAG", at + ".flag", m.flag());
                }
            }
            case LISTED -> {
                if (m.lists().isEmpty()) {
                    problem("MEASURE_INCOMPLETE", at + ".lists", null);
                }
                m.lists().stream().filter(l -> !LISTS.contains(l)).forEach(l -> problem("UNKNOWN_LIST", at + ".lists", l));
            }
            case ENTITY_KIND -> {
                if (m.values().isEmpty()) {
                    problem("MEASURE_INCOMPLETE", at + ".values", null);
                }
                m.values().stream().filter(v -> !ENTITY_KINDS.contains(v))
                        .forEach(v -> problem("UNKNOWN_ENTITY_KIND", at + ".values", v));
            }
            case INDUSTRY -> {
                if (m.values().isEmpty() || m.values().stream().anyMatch(ModelValidator::blank)) {
                    problem("MEASURE_INCOMPLETE", at + ".values", null);
                }
            }
            case ANNUAL_REPORTS_MISSING -> {
                if (m.withinYears() != null && m.withinYears() <= 0) {
                    problem("WINDOW_INVALID", at + ".withinYears", m.withinYears().toString());
                }
            }
            case REGISTRATION_CHANGES -> window(m, at);
            case ENTITY_AGE, REGISTERED_CAPITAL, RELATED_BAD_ENTITIES -> {
            }
        }
    }

    private void records(Measure m, String at) {
        if (m.kinds().isEmpty()) {
            problem("MEASURE_INCOMPLETE", at + ".kinds", null);
        }
        var unknown = m.kinds().stream().filter(k -> !KINDS.contains(k)).toList();
        unknown.forEach(k -> problem("UNKNOWN_RECORD_KIND", at + ".kinds", k));
        window(m, at);
        boolean amount = m.type() == MeasureType.RECORD_AMOUNT;
        if (amount && blank(m.field())) {
            problem("MEASURE_INCOMPLETE", at + ".field", null);
        }
        if (!amount && blank(m.field()) && !(m.values().isEmpty() && m.contains().isEmpty())) {
            problem("MEASURE_INCOMPLETE", at + ".field", null);
        }
        if (blank(m.field()) || !unknown.isEmpty()) {
            return;
        }
        for (String kind : m.kinds()) {
            var field = KindSchema.of(RecordKind.valueOf(kind)).field(m.field());
            if (field.isEmpty() || field.get().personal()) {
                problem("UNKNOWN_FIELD", at + ".field", kind + "." + m.field());
            } else if (amount && field.get().type() != ValueType.AMOUNT) {
                problem("FIELD_NOT_AMOUNT", at + ".field", kind + "." + m.field());
            }
        }
    }

    private void window(Measure m, String at) {
        if (m.withinMonths() != null && m.withinMonths() <= 0) {
            problem("WINDOW_INVALID", at + ".withinMonths", m.withinMonths().toString());
        }
    }

    private void points(Points points, String at) {
        boolean per = points.per() != null;
        if (per == !points.bands().isEmpty()) {
            problem("POINTS_FORM", at, null);
            return;
        }
        java.math.BigDecimal end = null;
        for (int i = 0; i < points.bands().size(); i++) {
            var band = points.bands().get(i);
            boolean empty = band.atLeast() != null && band.below() != null && band.below().compareTo(band.atLeast()) <= 0;
            boolean overlaps = i > 0 && (end == null || band.atLeast() == null || band.atLeast().compareTo(end) < 0);
            if (empty || overlaps) {
                problem("BANDS_OUT_OF_ORDER", at + ".bands[" + i + "]", null);
            }
            end = band.below();
        }
    }

    private void override(OverrideDef rule, String at, List<String> indicators, List<String> letters) {
        if (blank(rule.name()) || rule.effect() == null || rule.when().isEmpty()) {
            problem("OVERRIDE_INCOMPLETE", at, rule.name());
        }
        if (!blank(rule.riskClass()) && !letters.contains(rule.riskClass()) || blank(rule.riskClass())) {
            problem("UNKNOWN_CLASS", at + ".riskClass", rule.riskClass());
        }
        for (int i = 0; i < rule.when().size(); i++) {
            var condition = rule.when().get(i);
            if (!indicators.contains(condition.indicator())) {
                problem("UNKNOWN_INDICATOR", at + ".when[" + i + "].indicator", condition.indicator());
            }
            if (condition.atLeast() == null && condition.atMost() == null) {
                problem("CONDITION_EMPTY", at + ".when[" + i + "]", condition.indicator());
            }
        }
    }

    private void problem(String code, String where, String value) {
        problems.add(new ModelProblem(code, where, value));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
