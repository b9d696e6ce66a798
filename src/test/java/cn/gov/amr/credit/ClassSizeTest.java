package cn.gov.amr.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Classes stay small (HOUSE_STYLE, issue 11): no main source file over 400 lines, none over 300
 * without a reason written below, and no module holding more than 30 % of the main code.
 */
class ClassSizeTest {

    private static final Path MAIN = Path.of("src/main/java/cn/gov/amr/credit");
    private static final int LIMIT = 300;
    private static final int HARD_LIMIT = 400;
    private static final double MODULE_SHARE = 0.30;

    /** Files allowed over 300 lines (never over 400), by path under cn/gov/amr/credit, with the reason. */
    private static final Map<String, String> REASONS = Map.of();

    @Test
    void noClassIsOverFourHundredLines() {
        assertThat(linesByFile().entrySet().stream()
                .filter(e -> e.getValue() > HARD_LIMIT)
                .map(e -> e.getKey() + " (" + e.getValue() + " lines)"))
                .as("main source files over %d lines", HARD_LIMIT)
                .isEmpty();
    }

    @Test
    void noClassIsOverThreeHundredLinesWithoutAReason() {
        assertThat(linesByFile().entrySet().stream()
                .filter(e -> e.getValue() > LIMIT && !REASONS.containsKey(e.getKey()))
                .map(e -> e.getKey() + " (" + e.getValue() + " lines)"))
                .as("main source files over %d lines without a reason in ClassSizeTest.REASONS", LIMIT)
                .isEmpty();
    }

    @Test
    void everyReasonNamesAFileStillOverThreeHundredLines() {
        var lines = linesByFile();
        assertThat(REASONS.keySet().stream().filter(file -> lines.getOrDefault(file, 0L) <= LIMIT))
                .as("reasons for files no longer over %d lines (remove them)", LIMIT)
                .isEmpty();
    }

    @Test
    void noModuleHoldsMoreThanThirtyPercentOfTheMainCode() {
        Map<String, Long> byModule = linesByFile().entrySet().stream()
                .filter(e -> e.getKey().contains("/"))
                .collect(Collectors.groupingBy(e -> e.getKey().substring(0, e.getKey().indexOf('/')), TreeMap::new,
                        Collectors.summingLong(Map.Entry::getValue)));
        long total = byModule.values().stream().mapToLong(Long::longValue).sum();
        assertThat(byModule.entrySet().stream().filter(e -> e.getValue() > total * MODULE_SHARE)
                .map(e -> e.getKey() + ": " + e.getValue() + " of " + total + " lines"))
                .as("modules holding more than %.0f %% of the main code", MODULE_SHARE * 100)
                .isEmpty();
    }

    /** Lines of every main source file, by path under cn/gov/amr/credit ('/'-separated). */
    private static Map<String, Long> linesByFile() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .collect(Collectors.toMap(p -> MAIN.relativize(p).toString().replace('\\', '/'),
                            ClassSizeTest::lineCount, (a, b) -> a, TreeMap::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long lineCount(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
