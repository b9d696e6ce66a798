package cn.gov.amr.credit.registry.model;

/** One field's value before and after a change, as text; personal ID numbers appear masked. */
public record FieldChange(String field, String before, String after) {
}
