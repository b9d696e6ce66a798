package cn.gov.amr.credit.classification.model;

import java.util.List;

/**
 * A typed definition of what an indicator measures (the parameters each {@link MeasureType} reads are
 * listed there). Record kinds, fields, flags and lists are named as in the exchange format and the
 * APIs ({@code PENALTY}, {@code violationType}, {@code DISHONEST_DEBTOR}, {@code SERIOUS_DISHONEST}).
 */
public record Measure(MeasureType type, List<String> kinds, Integer withinMonths, Boolean inForce, String field,
                      List<String> values, List<String> contains, String flag, List<String> lists,
                      Integer withinYears) {

    public Measure {
        kinds = kinds == null ? List.of() : List.copyOf(kinds);
        values = values == null ? List.of() : List.copyOf(values);
        contains = contains == null ? List.of() : List.copyOf(contains);
        lists = lists == null ? List.of() : List.copyOf(lists);
    }

    public boolean onlyInForce() {
        return Boolean.TRUE.equals(inForce);
    }
}
