package cn.gov.amr.credit.ingestion.schema;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.model.FieldSpec;
import cn.gov.amr.credit.ingestion.model.RecordSchemas;

/**
 * One field of one kind of record, named by a constant of its kind's holder ({@link PenaltyFields#FINE_AMOUNT}
 * …) or found in {@link KindSchema#field}: a field that is not in {@code ingestion/record-schemas.txt}
 * cannot be made, so a field a module names exists (the schema-name test checks every constant).
 * {@link #name()} is the key of the field in a record's values, in the push API and in JSON;
 * {@link #label()} the national field name. Two fields are equal when kind and name are.
 */
public final class RecordField {

    private final RecordKind kind;
    private final String name;
    private final FieldSpec spec;

    RecordField(RecordKind kind, String name) {
        this.kind = Objects.requireNonNull(kind, "kind");
        this.name = Objects.requireNonNull(name, "name");
        this.spec = RecordSchemas.of(kind).require(name);
    }

    public RecordKind kind() {
        return kind;
    }

    /** The English name: the key of the field in a record's values and in the push API. */
    public String name() {
        return name;
    }

    /** The national field name (行政处罚决定书文号 …): data of the exchange format, also the file header. */
    public String label() {
        return spec.label();
    }

    /** The national field code first, then the older aliases a file header may use; may be empty. */
    public List<String> codes() {
        return spec.codes();
    }

    public ValueType type() {
        return spec.type();
    }

    /** Whether a row without a value for this field is quarantined (so every accepted record has one). */
    public boolean required() {
        return spec.required();
    }

    /** Whether the field holds personal data, masked in everything ingestion hands out. */
    public boolean personal() {
        return spec.personal();
    }

    /** The values of a choice field in their order, with their codes; empty for other fields. */
    public List<Choice> choices() {
        return spec.choices().entrySet().stream().map(e -> new Choice(e.getKey(), e.getValue())).toList();
    }

    /** The parts the field plays in its kind (natural key, decision date …); usually none. */
    public Set<FieldRole> roles() {
        var roles = EnumSet.noneOf(FieldRole.class);
        var schema = KindSchema.of(kind);
        for (FieldRole role : FieldRole.values()) {
            schema.role(role).filter(this::equals).ifPresent(f -> roles.add(role));
        }
        return roles;
    }

    FieldSpec spec() {
        return spec;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecordField field && field.kind == kind && field.name.equals(name);
    }

    @Override
    public int hashCode() {
        return kind.hashCode() * 31 + name.hashCode();
    }

    @Override
    public String toString() {
        return kind + "." + name;
    }
}
