package cn.gov.amr.credit.ingestion.model;

import cn.gov.amr.credit.shared.OrganisationCode;

/** Masking of personal data in records: ID numbers keep at most their first 6 and last 4 characters. */
public final class Masks {

    private Masks() {
    }

    /** A field's value as shown: personal fields masked, a debtor named by an organisation code as it is. */
    public static String of(FieldSpec field, String value) {
        if (!field.personal() || value == null) {
            return value;
        }
        if (field.type() == FieldType.PARTY_ID && OrganisationCode.check(value.strip()).valid()) {
            return value;
        }
        return personalId(value);
    }

    public static String personalId(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.length() <= 10) {
            return "*".repeat(v.length());
        }
        return v.substring(0, 6) + "*".repeat(v.length() - 10) + v.substring(v.length() - 4);
    }
}
