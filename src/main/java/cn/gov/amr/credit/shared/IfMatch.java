package cn.gov.amr.credit.shared;

import java.util.List;

/**
 * Reads the version a client expects from an {@code If-Match} header: {@code "3"}, {@code W/"3"} or
 * {@code 3}. Resources use their version number as ETag.
 */
public final class IfMatch {

    private IfMatch() {
    }

    /** The expected version, or null when the header is absent or {@code *}. */
    public static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
            return null;
        }
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Integer.parseInt(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_IF_MATCH",
                    List.of(new Refusal.FieldProblem("If-Match", "INVALID_IF_MATCH")));
        }
    }
}
