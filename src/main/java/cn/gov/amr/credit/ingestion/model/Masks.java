package cn.gov.amr.credit.ingestion.model;

/** Masking of personal data in records: ID numbers keep at most their first 6 and last 4 characters. */
public final class Masks {

    private Masks() {
    }

    public static String personalId(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (v.length() <= 10) {
            // organisation codes and short document numbers are not personal; too short to mask meaningfully
            return v.length() == 9 ? v : "*".repeat(v.length());
        }
        return v.substring(0, 6) + "*".repeat(v.length() - 10) + v.substring(v.length() - 4);
    }
}
