package cn.gov.amr.credit.ingestion.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.pipeline.ImportInputs.Entropy;

/**
 * The short seeded run of the importer fuzzing (the long, coverage-guided one is
 * {@link ImportFuzzTargets}, run by {@code fuzz/run.sh}): 2,640 generated CSV and XLSX files and
 * JSON pushes of every kind, each of which must give rows with verdicts or a typed refusal, never
 * another exception, and none may hang (a generous per-input limit that only catches loops).
 */
class ImportFuzzTest {

    /** Blocks of 30 inputs per format: XLSX costs about ten times a CSV or JSON input (a zip, POI). */
    private static final java.util.Map<String, Integer> BLOCKS = java.util.Map.of("CSV", 40, "JSON", 40, "XLSX", 8);
    private static final int PER_BLOCK = 30;
    private static final Duration HANG = Duration.ofSeconds(20);

    static Stream<Arguments> blocks() {
        return Stream.of("CSV", "XLSX", "JSON")
                .flatMap(format -> IntStream.range(0, BLOCKS.get(format)).mapToObj(block -> Arguments.of(format, block)));
    }

    @ParameterizedTest(name = "{0} block {1}")
    @MethodSource("blocks")
    void everyGeneratedInputGivesRowsOrARefusal(String format, int block) {
        BiFunction<RecordKind, Entropy, byte[]> generator = switch (format) {
            case "CSV" -> ImportInputs::csv;
            case "XLSX" -> ImportInputs::xlsx;
            default -> ImportInputs::json;
        };
        for (int i = 0; i < PER_BLOCK; i++) {
            long seed = format.hashCode() * 1_000_003L + block * (long) PER_BLOCK + i;
            Entropy entropy = ImportInputs.seeded(seed);
            RecordKind kind = entropy.pick(List.of(RecordKind.values()));
            byte[] content = generator.apply(kind, entropy);
            var outcome = assertTimeoutPreemptively(HANG,
                    () -> ImportHarness.run(kind, format.equals("JSON"), content), () -> "seed " + seed);
            assertThat(outcome.refusal() != null || outcome.rows() >= 0).as("seed %d", seed).isTrue();
        }
    }
}
