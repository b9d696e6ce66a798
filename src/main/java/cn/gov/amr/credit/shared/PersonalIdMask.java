package cn.gov.amr.credit.shared;

/**
 * How a personal identifier (an ID number, a passport or permit number) is shown wherever it is shown
 * masked: a number of 15 characters or more keeps its first 6 and last 4, one of 8 to 14 its first and
 * last 2, a shorter one nothing; the rest as {@code *}. One rule for the registry, the aggregated records
 * and the public surfaces.
 */
public final class PersonalIdMask {

    private PersonalIdMask() {
    }

    public static String of(String number) {
        if (number == null || number.isEmpty()) {
            return number;
        }
        int length = number.length();
        int head = length >= 15 ? 6 : length >= 8 ? 2 : 0;
        int tail = length >= 15 ? 4 : length >= 8 ? 2 : 0;
        return number.substring(0, head) + "*".repeat(length - head - tail) + number.substring(length - tail);
    }
}
