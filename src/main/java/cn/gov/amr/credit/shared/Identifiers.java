package cn.gov.amr.credit.shared;

/**
 * The normalisation every identifier check applies to raw input before looking at it.
 *
 * <p>Callers may rely on: the result never is {@code null}; it holds no whitespace; full-width ASCII
 * (U+FF01 to U+FF5E, as typed with a Chinese input method) is turned into half-width; ASCII lower-case
 * letters are upper-case; every other character (Chinese characters, punctuation, control characters)
 * is kept as it is, so that a check can report it with its position. The result is not necessarily a
 * valid identifier.
 */
public final class Identifiers {

    private static final int FULL_WIDTH_FIRST = 0xFF01;
    private static final int FULL_WIDTH_LAST = 0xFF5E;
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;
    private static final char IDEOGRAPHIC_SPACE = '\u3000';

    private Identifiers() {
    }

    /**
     * Trims {@code raw}, maps full-width ASCII to half-width and the ideographic space (U+3000) to a
     * space, removes all whitespace (including no-break spaces) and upper-cases ASCII letters.
     *
     * @param raw input as typed or imported, may be {@code null}
     * @return the normalised text; {@code ""} for {@code null}
     */
    public static String normalize(String raw) {
        if (raw == null) {
            return "";
        }
        String trimmed = raw.trim();
        var out = new StringBuilder(trimmed.length());
        for (int i = 0; i < trimmed.length(); i++) {
            char c = trimmed.charAt(i);
            if (c >= FULL_WIDTH_FIRST && c <= FULL_WIDTH_LAST) {
                c = (char) (c - FULL_WIDTH_OFFSET);
            } else if (c == IDEOGRAPHIC_SPACE) {
                c = ' ';
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 'a' + 'A');
            }
            out.append(c);
        }
        return out.toString();
    }
}
