package cn.gov.amr.credit.ingestion.model;

import cn.gov.amr.credit.ingestion.schema.ValueType;
import cn.gov.amr.credit.shared.OrganisationCode;
import cn.gov.amr.credit.shared.PersonalIdMask;

/** Masking of personal data in records, by the platform's one rule ({@link PersonalIdMask}). */
public final class Masks {

    private Masks() {
    }

    /** A field's value as shown: personal fields masked, a debtor named by an organisation code as it is. */
    public static String of(FieldSpec field, String value) {
        if (!field.personal() || value == null) {
            return value;
        }
        if (field.type() == ValueType.PARTY_ID && OrganisationCode.check(value.strip()).valid()) {
            return value;
        }
        return personalId(value);
    }

    /** {@link PersonalIdMask#of} of the value without surrounding white space. */
    public static String personalId(String value) {
        return value == null ? null : PersonalIdMask.of(value.strip());
    }
}
