package cn.gov.amr.credit.audit.model;

import java.util.Map;
import java.util.TreeMap;

/**
 * Encodes an entry's details as a JSON object with sorted keys and string values, so that the same
 * facts always hash the same. Values are strings; callers format numbers and dates themselves.
 */
public final class CanonicalDetails {

    private CanonicalDetails() {
    }

    public static String encode(Map<String, String> details) {
        var sorted = new TreeMap<>(details == null ? Map.<String, String>of() : details);
        var out = new StringBuilder("{");
        sorted.forEach((key, value) -> {
            if (out.length() > 1) {
                out.append(',');
            }
            quote(out, key).append(':');
            quote(out, value == null ? "" : value);
        });
        return out.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder out, String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"');
    }

    /** Decodes what {@link #encode} wrote. */
    public static Map<String, String> decode(String json) {
        var result = new TreeMap<String, String>();
        int[] pos = {skip(json, 0, '{')};
        while (pos[0] < json.length() && json.charAt(pos[0]) != '}') {
            String key = readString(json, pos);
            pos[0] = skip(json, pos[0], ':');
            String value = readString(json, pos);
            result.put(key, value);
            if (pos[0] < json.length() && json.charAt(pos[0]) == ',') {
                pos[0]++;
            }
        }
        return result;
    }

    private static int skip(String json, int pos, char expected) {
        if (pos >= json.length() || json.charAt(pos) != expected) {
            throw new IllegalArgumentException("Not canonical details at " + pos + ": " + json);
        }
        return pos + 1;
    }

    private static String readString(String json, int[] pos) {
        int i = skip(json, pos[0], '"');
        var out = new StringBuilder();
        while (json.charAt(i) != '"') {
            char c = json.charAt(i++);
            if (c == '\\') {
                char e = json.charAt(i++);
                switch (e) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
                        i += 4;
                    }
                    default -> out.append(e);
                }
            } else {
                out.append(c);
            }
        }
        pos[0] = i + 1;
        return out.toString();
    }
}
