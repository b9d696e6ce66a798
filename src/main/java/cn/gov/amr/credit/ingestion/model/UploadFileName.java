package cn.gov.amr.credit.ingestion.model;

import cn.gov.amr.credit.shared.VisibleText;

/**
 * The name under which an uploaded file is kept and shown: the sender's last path segment, without
 * control, format (bidirectional overrides, zero-width characters) or separator characters, with runs
 * of spaces made one, at most {@value #MAX_LENGTH} characters (its extension kept). Chinese and other
 * letters stay as sent. A name with nothing visible left is no name (null).
 */
public final class UploadFileName {

    public static final int MAX_LENGTH = 200;
    private static final int MAX_EXTENSION = 10;

    private UploadFileName() {
    }

    public static String clean(String sent) {
        if (sent == null) {
            return null;
        }
        String name = sent.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        var out = new StringBuilder(name.length());
        name.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
                if (!out.isEmpty() && out.charAt(out.length() - 1) != ' ') {
                    out.append(' ');
                }
            } else if (visible(cp)) {
                out.appendCodePoint(cp);
            }
        });
        String cleaned = out.toString().strip();
        if (cleaned.isEmpty() || cleaned.chars().allMatch(c -> c == '.')) {
            return null;
        }
        return capped(cleaned);
    }

    /** Visible as {@link VisibleText} reads it (tabs and line feeds are spaces here), and no private or unassigned code point. */
    private static boolean visible(int cp) {
        if (VisibleText.isInvisible(cp)) {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.PRIVATE_USE, Character.UNASSIGNED, Character.LINE_SEPARATOR,
                 Character.PARAGRAPH_SEPARATOR -> false;
            default -> cp != '/' && cp != '\\';
        };
    }

    private static String capped(String name) {
        if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
        int keep = MAX_LENGTH - extension.length();
        return name.substring(0, name.offsetByCodePoints(0, keep)) + extension;
    }
}
