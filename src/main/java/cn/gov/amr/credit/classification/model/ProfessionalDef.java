package cn.gov.amr.credit.classification.model;

import java.util.List;

/**
 * A professional model (food, drugs, special equipment …): an id and name, its domain (an entity is in
 * it when any of the domain measures gives a value of at least 1: a food licence, a food industry code),
 * its own class minimums (same letters as the general model), its indicators, and how its class
 * combines with the general class.
 */
public record ProfessionalDef(String id, String name, List<Measure> domain, List<RiskClassDef> classes,
                              List<IndicatorDef> indicators, CombineRule combine) {

    public ProfessionalDef {
        domain = domain == null ? List.of() : List.copyOf(domain);
        classes = classes == null ? List.of() : List.copyOf(classes);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
    }
}
