package cn.gov.amr.credit.calendar.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;

/** The dates a notice's date column may hold: {@code 2026-01-01}, {@code 2026-1-1}, {@code 2026/1/1}, {@code 2026.1.1}. */
final class NoticeDates {

    private static final Pattern DATE = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");

    private NoticeDates() {
    }

    static Optional<LocalDate> parse(String text) {
        var matcher = DATE.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(3)),
                    Integer.parseInt(matcher.group(4))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
