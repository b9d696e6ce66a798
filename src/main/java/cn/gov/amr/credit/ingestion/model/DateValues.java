package cn.gov.amr.credit.ingestion.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as departments write them (DOMAIN §4): {@code yyyy-MM-dd}, {@code yyyy/M/d}, {@code yyyy.M.d},
 * {@code yyyyMMdd} and {@code yyyy年M月d日}, optionally followed by a time of day (ignored).
 */
public final class DateValues {

    private static final Pattern SEPARATED = Pattern.compile(
            "(\\d{4})\\s*[-/.\u5e74]\\s*(\\d{1,2})\\s*[-/.\u6708]\\s*(\\d{1,2})\\s*\u65e5?(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
    private static final Pattern COMPACT = Pattern.compile(
            "(\\d{4})(\\d{2})(\\d{2})(?:\\s*\\d{1,2}:\\d{2}(?::\\d{2})?|\\d{6})?");

    /** What parsing found. */
    public sealed interface Result permits Parsed, Malformed, Impossible {
    }

    public record Parsed(LocalDate date) implements Result {
    }

    public record Malformed() implements Result {
    }

    public record Impossible() implements Result {
    }

    private DateValues() {
    }

    /** Parses {@code text}, already normalised by {@link TextNormalizer#text}. */
    public static Result parse(String text) {
        Matcher m = SEPARATED.matcher(text);
        if (!m.matches()) {
            m = COMPACT.matcher(text);
            if (!m.matches()) {
                return new Malformed();
            }
        }
        try {
            return new Parsed(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return new Impossible();
        }
    }
}
