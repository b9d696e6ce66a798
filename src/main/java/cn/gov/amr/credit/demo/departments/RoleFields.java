package cn.gov.amr.credit.demo.departments;

import cn.gov.amr.credit.ingestion.schema.FieldRole;
import cn.gov.amr.credit.ingestion.schema.KindSchema;
import cn.gov.amr.credit.ingestion.schema.RecordField;

/** The names of the fields playing a role in a kind of record, as the keys of a row being made. */
final class RoleFields {

    private RoleFields() {
    }

    /** The name of the field playing {@code role} in {@code schema}; null when the kind has none. */
    static String of(KindSchema schema, FieldRole role) {
        return schema.role(role).map(RecordField::name).orElse(null);
    }
}
