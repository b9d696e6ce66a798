package cn.gov.amr.credit.identity.web;

import java.util.List;

import cn.gov.amr.credit.shared.Refusal;

/** Reads a version number from an {@code If-Match} header ({@code "3"}, {@code W/"3"} or {@code 3}). */
final class ETags {

    private ETags() {
    }

    static Integer version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        String value = ifMatch.trim();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_IF_MATCH",
                    List.of(new Refusal.FieldProblem("If-Match", "INVALID_IF_MATCH")));
        }
    }
}
