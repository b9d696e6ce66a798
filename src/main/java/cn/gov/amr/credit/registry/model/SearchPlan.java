package cn.gov.amr.credit.registry.model;

import java.util.regex.Pattern;

/**
 * How a search text is looked up: an identifier shape is looked up exactly (and, when nothing has
 * that identifier, as a name fragment); anything else of two or more characters is a name fragment
 * or a legal representative's name; one character is too short to search by.
 */
public record SearchPlan(Type type, String normalized) {

    public enum Type { ALL, CREDIT_CODE, REGISTRATION_NUMBER, ORGANISATION_CODE, NAME, TOO_SHORT }

    private static final Pattern CREDIT_CODE = Pattern.compile("[0-9A-Z]{18}");
    private static final Pattern REGISTRATION_NUMBER = Pattern.compile("\\d{15}");
    private static final Pattern ORGANISATION_CODE = Pattern.compile("[0-9A-Z]{8}-?[0-9X]");

    public static SearchPlan of(String q) {
        String normalized = SearchText.normalize(q);
        if (normalized.isEmpty()) {
            return new SearchPlan(Type.ALL, normalized);
        }
        if (CREDIT_CODE.matcher(normalized).matches()) {
            return new SearchPlan(Type.CREDIT_CODE, normalized);
        }
        if (REGISTRATION_NUMBER.matcher(normalized).matches()) {
            return new SearchPlan(Type.REGISTRATION_NUMBER, normalized);
        }
        if (ORGANISATION_CODE.matcher(normalized).matches() && normalized.chars().anyMatch(Character::isDigit)) {
            return new SearchPlan(Type.ORGANISATION_CODE, normalized.replace("-", ""));
        }
        if (SearchText.length(normalized) < 2) {
            return new SearchPlan(Type.TOO_SHORT, normalized);
        }
        return new SearchPlan(Type.NAME, normalized);
    }

    /** The same text searched as a name fragment (the fallback of an identifier that matched nothing). */
    public SearchPlan asName() {
        return new SearchPlan(Type.NAME, normalized);
    }
}
