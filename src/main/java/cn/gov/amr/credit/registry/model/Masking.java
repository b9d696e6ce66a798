package cn.gov.amr.credit.registry.model;

/**
 * How personal identifiers are masked wherever they are shown: at most the first 6 and last 4
 * characters of a long number, fewer of a short one, the rest as {@code *}.
 */
public final class Masking {

    private Masking() {
    }

    public static String idNumber(String number) {
        if (number == null || number.isEmpty()) {
            return number;
        }
        int length = number.length();
        int head = length >= 15 ? 6 : length >= 8 ? 2 : 0;
        int tail = length >= 15 ? 4 : length >= 8 ? 2 : 0;
        return number.substring(0, head) + "*".repeat(length - head - tail) + number.substring(length - tail);
    }

    /** True if the value is a masked one (as sent back by a client that read a masked entity). */
    public static boolean isMasked(String value) {
        return value != null && value.indexOf('*') >= 0;
    }
}
