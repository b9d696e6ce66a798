package cn.gov.amr.credit.ingestion.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.amr.credit.ingestion.RecordKind;

/**
 * The fields of one record kind and which of them play which part: the natural key, the party's
 * name and identifiers (for matching), the decision date and the end of validity. {@code byName} is
 * the fields indexed by name, derived from {@code fields} (whatever is given for it is replaced): a
 * field is looked up for every value of every record shown, masked or published.
 */
public record RecordSchema(RecordKind kind, List<FieldSpec> fields, String naturalKey, String partyName,
                           String creditCode, String registrationNumber, String organisationCode,
                           String legalRepresentative, String partyId, String partyType, String decidedOn,
                           String validUntil, Map<String, FieldSpec> byName) {

    public RecordSchema {
        fields = List.copyOf(fields);
        var index = new LinkedHashMap<String, FieldSpec>();
        fields.forEach(f -> index.putIfAbsent(f.name(), f));
        byName = java.util.Collections.unmodifiableMap(index);
    }

    public Optional<FieldSpec> field(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    public FieldSpec require(String name) {
        return field(name).orElseThrow(() -> new IllegalArgumentException(kind + " has no field " + name));
    }

    /** Header text (label, field code, alias or English name, normalised) to field name. */
    public Map<String, String> headerIndex() {
        var index = new LinkedHashMap<String, String>();
        for (FieldSpec field : fields) {
            index.put(Headers.normalize(field.name()), field.name());
            index.put(Headers.normalize(field.label()), field.name());
            field.codes().forEach(code -> index.put(Headers.normalize(code), field.name()));
        }
        return index;
    }

    public List<FieldSpec> requiredFields() {
        return fields.stream().filter(FieldSpec::required).toList();
    }
}
