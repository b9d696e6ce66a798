package cn.gov.amr.credit.shared;

/**
 * Text as a reader sees it: without the characters that show nothing but change what a program reads
 * (issue 10). Removed: Unicode format characters (category Cf: zero-width space, joiner and non-joiner,
 * word joiner, byte-order mark, soft hyphen, left-to-right and right-to-left marks, bidi embeddings,
 * overrides and isolates, …), control characters (Cc) other than line feed and tab, and unpaired
 * surrogates. A carriage return or next-line (U+0085) becomes a line feed (CR LF one line feed).
 *
 * <p>Applied at the door (ingestion's row values, the registry's entity fields) so that what is stored is
 * what is shown, and again on public surfaces for data stored before. Callers may rely on: null stays
 * null; text without such characters is returned as the same instance (the common case costs one scan).
 */
public final class VisibleText {

    private VisibleText() {
    }

    /** The text without invisible and control characters (line feeds and tabs kept); null stays null. */
    public static String of(String text) {
        if (text == null || isVisible(text)) {
            return text;
        }
        var out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            int next = i + Character.charCount(c);
            if (c == '\r') {
                if (next >= text.length() || text.charAt(next) != '\n') {
                    out.append('\n');
                }
            } else if (c == '\u0085') {
                out.append('\n');
            } else if (!isInvisible(c)) {
                out.appendCodePoint(c);
            }
            i = next;
        }
        return out.toString();
    }

    /** Whether the text has nothing {@link #of} would remove or change. */
    public static boolean isVisible(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= ' ' && c < 0x7F || c >= 0x2070 && c < 0xD800 || c > 0xDFFF && c < 0xFEFF
                    || c > 0xFEFF && c < 0xFFF9) {
                continue; // printable ASCII, CJK, full-width forms: no format character among them (surrogates are checked below)
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (isInvisible(text.codePointAt(i))) {
                    return false;
                }
                i++;
                continue;
            }
            if (c == '\r' || c == '\u0085' || isInvisible(c)) {
                return false; // a lone surrogate is invisible too
            }
        }
        return true;
    }

    /**
     * Whether a code point shows nothing and is removed: a format character (Cf), a control character
     * (Cc) other than line feed and tab, or a lone surrogate.
     */
    public static boolean isInvisible(int c) {
        if (c == '\n' || c == '\t') {
            return false;
        }
        int type = Character.getType(c);
        return type == Character.FORMAT || type == Character.CONTROL || type == Character.SURROGATE;
    }
}
