package cn.gov.amr.credit.ingestion.schema;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.model.RecordSchema;
import cn.gov.amr.credit.ingestion.model.RecordSchemas;

/**
 * The published schema of one kind of record: its fields in the order of the exchange format and the
 * field playing each {@link FieldRole}. Read from {@code ingestion/record-schemas.txt} once; never changes
 * while the platform runs.
 */
public final class KindSchema {

    private static final Map<RecordKind, KindSchema> ALL = load();

    private final RecordKind kind;
    private final List<RecordField> fields;
    private final Map<FieldRole, String> roles;

    private KindSchema(RecordKind kind, List<RecordField> fields, Map<FieldRole, String> roles) {
        this.kind = kind;
        this.fields = List.copyOf(fields);
        this.roles = roles;
    }

    public static KindSchema of(RecordKind kind) {
        return ALL.get(kind);
    }

    /** The schemas of every kind, in the order of {@link RecordKind}. */
    public static List<KindSchema> all() {
        return Arrays.stream(RecordKind.values()).map(KindSchema::of).toList();
    }

    public RecordKind kind() {
        return kind;
    }

    public List<RecordField> fields() {
        return fields;
    }

    /**
     * The field of this name, for names that arrive as data (a column of a page, a key of a record's
     * values); code that knows the field it wants uses the constant ({@code PenaltyFields.FINE_AMOUNT}).
     */
    public Optional<RecordField> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The field playing the role; empty when the kind has none (e.g. no {@code VALID_UNTIL} for inspections). */
    public Optional<RecordField> role(FieldRole role) {
        return Optional.ofNullable(roles.get(role)).flatMap(this::field);
    }

    public RecordField naturalKey() {
        return role(FieldRole.NATURAL_KEY).orElseThrow();
    }

    public RecordField decidedOn() {
        return role(FieldRole.DECIDED_ON).orElseThrow();
    }

    private static Map<RecordKind, KindSchema> load() {
        var all = new EnumMap<RecordKind, KindSchema>(RecordKind.class);
        for (RecordKind kind : RecordKind.values()) {
            RecordSchema schema = RecordSchemas.of(kind);
            var roles = new EnumMap<FieldRole, String>(FieldRole.class);
            put(roles, FieldRole.NATURAL_KEY, schema.naturalKey());
            put(roles, FieldRole.PARTY_NAME, schema.partyName());
            put(roles, FieldRole.CREDIT_CODE, schema.creditCode());
            put(roles, FieldRole.REGISTRATION_NUMBER, schema.registrationNumber());
            put(roles, FieldRole.ORGANISATION_CODE, schema.organisationCode());
            put(roles, FieldRole.LEGAL_REPRESENTATIVE, schema.legalRepresentative());
            put(roles, FieldRole.PARTY_ID, schema.partyId());
            put(roles, FieldRole.PARTY_TYPE, schema.partyType());
            put(roles, FieldRole.DECIDED_ON, schema.decidedOn());
            put(roles, FieldRole.VALID_UNTIL, schema.validUntil());
            var fields = schema.fields().stream().map(f -> new RecordField(kind, f.name())).toList();
            all.put(kind, new KindSchema(kind, fields, java.util.Collections.unmodifiableMap(roles)));
        }
        return all;
    }

    private static void put(Map<FieldRole, String> roles, FieldRole role, String field) {
        if (field != null) {
            roles.put(role, field);
        }
    }
}
