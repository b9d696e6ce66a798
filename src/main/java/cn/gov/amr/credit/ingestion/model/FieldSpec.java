package cn.gov.amr.credit.ingestion.model;

import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.ingestion.schema.ValueType;

/**
 * One field of a record kind.
 *
 * @param name     English name (push API, payload keys)
 * @param label    national Chinese field name (file headers, exports)
 * @param codes    national field code first, then older aliases (file headers); may be empty
 * @param type     how the value is normalised and checked
 * @param required whether a row without it is quarantined
 * @param choices  for {@link ValueType#CHOICE}/{@link ValueType#CHOICES}: labels in order, with the codes some systems send
 */
public record FieldSpec(String name, String label, List<String> codes, ValueType type, boolean required,
                        Map<String, String> choices) {

    public FieldSpec {
        codes = List.copyOf(codes);
        choices = choices == null ? Map.of() : choices;
    }

    /** Whether this field holds personal data that public and officer views mask. */
    public boolean personal() {
        return type == ValueType.PERSONAL_ID || type == ValueType.PARTY_ID;
    }
}
