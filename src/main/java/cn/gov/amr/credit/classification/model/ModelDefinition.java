package cn.gov.amr.credit.classification.model;

import java.util.List;

/**
 * A classification model as ADMIN writes it (JSON, stored per version): the classes in order from the
 * lowest risk to the highest, each from its minimum score (the first has none); the general model's
 * indicators; the override rules, applied in order after the professional models; and the
 * professional models. Nothing here is code: indicators are typed {@link Measure}s. {@link
 * ModelValidator} checks a definition whole before it is saved. See docs/classification.md.
 */
public record ModelDefinition(String name, List<RiskClassDef> classes, List<IndicatorDef> indicators,
                              List<OverrideDef> overrides, List<ProfessionalDef> professional) {

    public ModelDefinition {
        classes = classes == null ? List.of() : List.copyOf(classes);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
        professional = professional == null ? List.of() : List.copyOf(professional);
    }

    /** The class letters, lowest risk first. */
    public List<String> letters() {
        return classes.stream().map(RiskClassDef::letter).toList();
    }
}
