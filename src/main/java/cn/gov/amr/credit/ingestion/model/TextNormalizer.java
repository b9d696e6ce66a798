package cn.gov.amr.credit.ingestion.model;

import cn.gov.amr.credit.shared.VisibleText;

/**
 * Normalisation of text values, the one door every row value of a file or a push passes: invisible and
 * control characters go ({@link VisibleText}: zero-width spaces, bidi controls, soft hyphens …, so that a
 * number split by them is stored whole and found by every scan), full-width digits and Latin letters
 * become half-width (full-width punctuation such as （） and ， is kept: it is correct in Chinese text),
 * white space is trimmed and collapsed; identifier-like values also lose all white space and are upper-cased.
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    /** Full-width digit or Latin letter to half-width; anything else unchanged. */
    static int halfWidth(int c) {
        if ((c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ')) {
            return c - 0xFEE0;
        }
        return c;
    }

    /** Trimmed, white space runs collapsed to one space, full-width digits and letters half-width. */
    public static String text(String value) {
        if (value == null) {
            return "";
        }
        String raw = VisibleText.of(value);
        if (clean(raw)) {
            return raw;
        }
        var out = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF') {
                space = out.length() > 0;
                continue;
            }
            if (c < ' ' || c == '\u007F') {
                continue; // control characters carry nothing and some (NUL) cannot be stored
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append((char) halfWidth(c));
        }
        return out.toString();
    }

    /** Whether {@link #text} leaves the value as it is: no white space, nothing full-width (the usual case). */
    private static boolean clean(String raw) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c <= ' ' || c == '\u007F' || c >= '\u2000' && (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF'
                    || halfWidth(c) != c) || c == '\u0085' || c == '\u00A0' || c == '\u1680') {
                return false;
            }
        }
        return true;
    }

    /** Like {@link #text} without any white space and with ASCII letters upper-cased. */
    public static String compact(String raw) {
        String text = text(raw);
        boolean unchanged = true;
        for (int i = 0; i < text.length() && unchanged; i++) {
            char c = text.charAt(i);
            unchanged = c != ' ' && (c < 'a' || c > 'z');
        }
        if (unchanged) {
            return text;
        }
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                continue;
            }
            out.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
        }
        return out.toString();
    }

    /**
     * For dates, amounts and numbers: like {@link #text} with every full-width ASCII character
     * (digits, letters and punctuation such as － ／ ． ：) made half-width.
     */
    public static String ascii(String raw) {
        String text = text(raw);
        var out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
        }
        return out.toString();
    }

    /** A name as compared when matching: like {@link #compact} with （） and () the same. */
    public static String name(String raw) {
        return compact(raw).replace('（', '(').replace('）', ')');
    }
}
