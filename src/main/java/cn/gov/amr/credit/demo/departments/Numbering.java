package cn.gov.amr.credit.demo.departments;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills the numbering templates of the vocabulary: {@code {year}}, {@code {lastyear}}, {@code {date}}
 * (yyyyMMdd), {@code {code}} (the entity's credit code), {@code {n}} (number within the year) and
 * {@code {s}} (running number), the last two optionally padded: {@code {n4}}.
 */
final class Numbering {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(year|lastyear|date|code|n|s)(\\d*)}");

    private Numbering() {
    }

    static String format(String template, LocalDate date, long number, long serial, String code) {
        Matcher m = PLACEHOLDER.matcher(template);
        var out = new StringBuilder();
        while (m.find()) {
            String value = switch (m.group(1)) {
                case "year" -> String.valueOf(date.getYear());
                case "lastyear" -> String.valueOf(date.getYear() - 1);
                case "date" -> date.format(DateTimeFormatter.BASIC_ISO_DATE);
                case "code" -> code;
                case "n" -> padded(number, m.group(2));
                default -> padded(serial, m.group(2));
            };
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String padded(long value, String width) {
        return width.isEmpty() ? String.valueOf(value) : String.format("%0" + width + "d", value);
    }
}
