package cn.gov.amr.credit.shared;

import java.util.ArrayList;
import java.util.List;

/** The length and per-position alphabet checks every identifier shares. */
final class IdentifierSyntax {

    /** Whether a character (code point) may stand at a 1-based position; positions past the length occur. */
    @FunctionalInterface
    interface PositionRule {
        boolean allows(int position, int codePoint);
    }

    private IdentifierSyntax() {
    }

    /**
     * {@code [EMPTY]} for empty text; otherwise a {@code LENGTH} problem when the length is wrong,
     * followed by one {@code ILLEGAL_CHARACTER} per character the rule refuses. Empty when both are fine.
     */
    static List<IdentifierProblem> errors(String text, int length, PositionRule rule) {
        if (text == null || text.isEmpty()) {
            return List.of(IdentifierProblem.empty());
        }
        var problems = new ArrayList<IdentifierProblem>();
        int actual = text.codePointCount(0, text.length());
        if (actual != length) {
            problems.add(IdentifierProblem.wrongLength(length, actual));
        }
        int position = 0;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int cp = text.codePointAt(i);
            position++;
            if (!rule.allows(position, cp)) {
                problems.add(IdentifierProblem.illegalCharacter(position, new String(Character.toChars(cp))));
            }
        }
        return List.copyOf(problems);
    }

    static boolean isDigit(int codePoint) {
        return codePoint >= '0' && codePoint <= '9';
    }

    static boolean isDigitOrUpperCaseLetter(int codePoint) {
        return isDigit(codePoint) || codePoint >= 'A' && codePoint <= 'Z';
    }

    /** Throws {@link IllegalArgumentException} unless {@code text} has {@code length} characters the rule allows. */
    static void require(String text, int length, PositionRule rule, String what) {
        if (text == null || !errors(text, length, rule).isEmpty()) {
            throw new IllegalArgumentException("expected " + length + " characters of " + what);
        }
    }
}
