package cn.gov.amr.credit.ingestion.pipeline;

import java.util.Map;

/**
 * A record's payload as JSON text: an object of string values in the given order, escaped as
 * Jackson escapes them (quote, backslash, the short forms of control characters, a u00XX escape for
 * the others; everything else as it is). Written by hand because it runs for every row.
 */
final class PayloadJson {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PayloadJson() {
    }

    private static boolean special(char c) {
        return c < 0x20 || c == '"' || c == '\\';
    }

    static String of(Map<String, String> values) {
        int length = 2;
        for (var entry : values.entrySet()) {
            length += entry.getKey().length() + entry.getValue().length() + 6;
        }
        var out = new StringBuilder(length + length / 8);
        out.append('{');
        boolean first = true;
        for (var entry : values.entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, entry.getKey());
            out.append(':');
            string(out, entry.getValue());
        }
        return out.append('}').toString();
    }

    private static void string(StringBuilder out, String value) {
        out.append('"');
        int plain = 0;
        while (plain < value.length() && !special(value.charAt(plain))) {
            plain++;
        }
        out.append(value, 0, plain);
        for (int i = plain; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
