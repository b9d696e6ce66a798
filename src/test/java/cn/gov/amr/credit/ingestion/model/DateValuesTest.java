package cn.gov.amr.credit.ingestion.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EmptySource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateValuesTest {

    private static final long SEED = 20_220_930L;
    private static final int PER_FORMAT = 120;
    private static final LocalDate FIRST = LocalDate.of(1949, 10, 1);
    private static final LocalDate LAST = LocalDate.of(2199, 12, 31);

    /** The formats of DOMAIN §4 (and the dotted form DateValues also documents), each with a name for the report. */
    private static final List<Format> FORMATS = List.of(
            new Format("yyyy-MM-dd", d -> d.format(DateTimeFormatter.ISO_LOCAL_DATE)),
            new Format("yyyy/M/d", d -> d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth()),
            new Format("yyyy/MM/dd", d -> d.format(DateTimeFormatter.ofPattern("yyyy/MM/dd"))),
            new Format("yyyy-M-d", d -> d.getYear() + "-" + d.getMonthValue() + "-" + d.getDayOfMonth()),
            new Format("yyyy.M.d", d -> d.getYear() + "." + d.getMonthValue() + "." + d.getDayOfMonth()),
            new Format("yyyyMMdd", d -> d.format(DateTimeFormatter.BASIC_ISO_DATE)),
            new Format("yyyy年M月d日", d -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日"),
            new Format("yyyy年MM月dd日", d -> d.format(DateTimeFormatter.ofPattern("yyyy年MM月dd日"))),
            new Format("yyyy-MM-dd HH:mm:ss", d -> d.format(DateTimeFormatter.ISO_LOCAL_DATE) + " 13:45:09"),
            new Format("yyyy-MM-ddTHH:mm:ss.SSS", d -> d.format(DateTimeFormatter.ISO_LOCAL_DATE) + "T08:05:00.125"),
            new Format("yyyy/M/d H:mm", d -> d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth() + " 8:30"),
            new Format("yyyy年M月d日 HH:mm", d -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日 23:59"));

    private record Format(String name, Function<LocalDate, String> writer) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Arguments> randomDatesInEveryFormat() {
        var random = new Random(SEED);
        long days = LAST.toEpochDay() - FIRST.toEpochDay() + 1;
        return FORMATS.stream().flatMap(format -> IntStream.range(0, PER_FORMAT).mapToObj(i -> {
            LocalDate date = LocalDate.ofEpochDay(FIRST.toEpochDay() + (long) (random.nextDouble() * days));
            return Arguments.of(format, format.writer().apply(date), date);
        }));
    }

    /** A year, a month and a day past the month's end (29..31), written in a separated or compact format. */
    static Stream<Arguments> randomDaysPastTheEndOfTheirMonth() {
        var random = new Random(SEED + 1);
        return IntStream.range(0, 200).mapToObj(i -> {
            int year = 1950 + random.nextInt(250);
            int month = 1 + random.nextInt(12);
            int length = LocalDate.of(year, month, 1).lengthOfMonth();
            if (length == 31) {
                month = 2;
                length = LocalDate.of(year, month, 1).lengthOfMonth();
            }
            int day = length + 1 + random.nextInt(31 - length);
            String text = switch (i % 4) {
                case 0 -> String.format("%04d-%02d-%02d", year, month, day);
                case 1 -> year + "/" + month + "/" + day;
                case 2 -> String.format("%04d%02d%02d", year, month, day);
                default -> year + "年" + month + "月" + day + "日";
            };
            return Arguments.of(text);
        });
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("randomDatesInEveryFormat")
    void everyDateRoundTripsThroughEveryFormat(Format format, String text, LocalDate date) {
        assertThat(DateValues.parse(text)).isEqualTo(new DateValues.Parsed(date));
    }

    @ParameterizedTest
    @MethodSource("randomDaysPastTheEndOfTheirMonth")
    void daysPastTheEndOfTheMonthAreImpossible(String text) {
        assertThat(DateValues.parse(text)).isInstanceOf(DateValues.Impossible.class);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2022-03-05|2022-03-05",
            "2022/3/5|2022-03-05",
            "2022/03/05|2022-03-05",
            "2022.3.5|2022-03-05",
            "20220305|2022-03-05",
            "2022年3月5日|2022-03-05",
            "2022年03月05日|2022-03-05",
            "2022年12月31日|2022-12-31",
            "2022-03-05 10:30|2022-03-05",
            "2022-03-05 10:30:15|2022-03-05",
            "2022-03-05 00:00:00.0|2022-03-05",
            "2022-03-05T10:30:15.123|2022-03-05",
            "2022/3/5 8:05|2022-03-05",
            "2022年3月5日 10:30:00|2022-03-05",
            "2020-02-29|2020-02-29",
            "2000-02-29|2000-02-29",
            "1949-10-01|1949-10-01",
    })
    void acceptedFormats(String text, LocalDate expected) {
        assertThat(DateValues.parse(text)).isEqualTo(new DateValues.Parsed(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-02-30", "2022-13-01", "2022-00-10", "2022-01-00", "2022/4/31", "20220230", "20221301",
            "2022年2月29日", "1900-02-29", "2021-02-29 10:00", "2022-12-32"})
    void impossibleDates(String text) {
        assertThat(DateValues.parse(text)).isEqualTo(new DateValues.Impossible());
    }

    @ParameterizedTest
    @EmptySource
    @ValueSource(strings = {"abc", "2022", "202203", "2022-3", "22-3-5", "3/5/2022", "05.03.2022", "2022--03-05",
            "2022-003-05", "2022-03-005", "202203050", "2022030", "2022-03-05x", "x2022-03-05", "2022年3月5号",
            "二〇二二年三月五日", "2022-03-05 10", "2022-03-05 10:3", "2022-03-05 at 10:30", "N/A", "-"})
    void garbageIsMalformed(String text) {
        assertThat(DateValues.parse(text)).isEqualTo(new DateValues.Malformed());
    }

    @Test
    void resultKindsAreDistinguishable() {
        assertThat(DateValues.parse("2022-02-28")).isInstanceOf(DateValues.Parsed.class);
        assertThat(DateValues.parse("2022-02-29")).isInstanceOf(DateValues.Impossible.class);
        assertThat(DateValues.parse("2022-02-2x")).isInstanceOf(DateValues.Malformed.class);
    }

    /**
     * KNOWN DEFECT: the class documents that every format may be followed by a time of day, but the
     * compact pattern {@code yyyyMMdd} takes none, so {@code "20220305 10:30:00"} (and the common
     * export form {@code yyyyMMddHHmmss}) is Malformed.
     */
    @ParameterizedTest
    @ValueSource(strings = {"20220305 10:30:00", "20220305 10:30"})
    void compactDateWithTimeOfDay(String text) {
        assertThat(DateValues.parse(text)).isEqualTo(new DateValues.Parsed(LocalDate.of(2022, 3, 5)));
    }
}
