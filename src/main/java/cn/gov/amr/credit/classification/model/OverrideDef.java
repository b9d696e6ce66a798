package cn.gov.amr.credit.classification.model;

import java.util.List;

/**
 * An override rule: when every condition holds (each on an indicator of the general model, which may
 * give 0 points and exist for the rule alone), the class is {@code SET} to {@code riskClass}, raised to
 * {@code AT_LEAST} it, or lowered to {@code AT_MOST} it. Applied in order after the professional
 * models; the first {@code SET} that holds ends the rules.
 */
public record OverrideDef(String name, List<Condition> when, OverrideEffect effect, String riskClass) {

    public OverrideDef {
        when = when == null ? List.of() : List.copyOf(when);
    }
}
