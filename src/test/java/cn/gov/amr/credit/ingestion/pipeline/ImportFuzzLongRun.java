package cn.gov.amr.credit.ingestion.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.pipeline.ImportInputs.Entropy;

/**
 * The long seeded run of the importer fuzzing, outside the normal suite (the class name does not end
 * in Test; {@code fuzz/run.sh} selects it): {@code fuzz.inputs} generated inputs (default 1,000,000)
 * of the formats in {@code fuzz.formats} (default csv,json,xlsx; XLSX gets a tenth of the share of
 * the others, as each costs about ten times as much), through {@link ImportHarness}. Stops at the first
 * input that gives anything but rows with verdicts or a typed refusal, naming its seed
 * ({@code ImportInputs.seeded(seed)} gives it again), and at an input running over
 * {@code fuzz.timeout} seconds (default 30; a watchdog thread, so a loop is caught too).
 * {@code fuzz.offset} starts at that input number (new seeds, to extend an earlier run). Prints one
 * line per format: {@code FUZZ-SUMMARY format=… inputs=… seconds=… refusals=… rows=… valid=…}.
 */
class ImportFuzzLongRun {

    private static final long SEED_BASE = 9_000_000_000L;

    @Test
    void generatedInputsGiveRowsOrARefusal() throws Exception {
        long total = Long.getLong("fuzz.inputs", 1_000_000);
        long timeoutMillis = Long.getLong("fuzz.timeout", 30) * 1000;
        List<String> formats = List.of(System.getProperty("fuzz.formats", "csv,json,xlsx").split(","));
        double shares = formats.stream().mapToDouble(f -> f.equals("xlsx") ? 0.1 : 1).sum();
        AtomicLong started = new AtomicLong(); // when the current input started (0: none running)
        AtomicLong current = new AtomicLong();
        Thread worker = Thread.currentThread();
        Throwable[] hang = new Throwable[1];
        Thread watchdog = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                long since = started.get();
                if (since != 0 && System.currentTimeMillis() - since > timeoutMillis) {
                    var error = new AssertionError("seed " + current.get() + " ran over " + timeoutMillis + " ms");
                    error.setStackTrace(worker.getStackTrace());
                    hang[0] = error;
                    System.out.println("FUZZ-HANG " + error.getMessage());
                    error.printStackTrace(System.out);
                    Runtime.getRuntime().halt(3); // a hang cannot be interrupted reliably
                }
                try {
                    Thread.sleep(500);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fuzz-watchdog");
        watchdog.setDaemon(true);
        watchdog.start();
        try {
            for (String format : formats) {
                long inputs = (long) Math.ceil(total * (format.equals("xlsx") ? 0.1 : 1) / shares); // at least total in all
                run(format, inputs, started, current);
            }
        } finally {
            watchdog.interrupt();
        }
        assertThat(hang[0]).isNull();
    }

    private static void run(String format, long inputs, AtomicLong started, AtomicLong current) {
        BiFunction<RecordKind, Entropy, byte[]> generator = switch (format) {
            case "csv" -> ImportInputs::csv;
            case "xlsx" -> ImportInputs::xlsx;
            case "json" -> ImportInputs::json;
            default -> throw new IllegalArgumentException("fuzz.formats: csv, json, xlsx; not " + format);
        };
        Map<String, Long> refusals = new TreeMap<>();
        long rows = 0;
        long valid = 0;
        long quarantined = 0;
        long begin = System.nanoTime();
        long offset = Long.getLong("fuzz.offset", 0); // continues an earlier run with new inputs
        for (long i = offset; i < offset + inputs; i++) {
            long seed = SEED_BASE + format.hashCode() * 10_000_000_000L + i;
            current.set(seed);
            started.set(System.currentTimeMillis());
            ImportHarness.Outcome outcome;
            try {
                Entropy entropy = ImportInputs.seeded(seed);
                RecordKind kind = entropy.pick(List.of(RecordKind.values()));
                outcome = ImportHarness.run(kind, format.equals("json"), generator.apply(kind, entropy));
            } catch (Throwable t) {
                throw new AssertionError(format + ": seed " + seed + " (input " + i + ") gave " + t, t);
            } finally {
                started.set(0);
            }
            if ((i + 1 - offset) % 25_000 == 0) {
                System.out.printf("FUZZ-PROGRESS format=%s inputs=%d seconds=%.1f%n", format, i + 1 - offset,
                        (System.nanoTime() - begin) / 1e9);
            }
            if (outcome.refusal() != null) {
                refusals.merge(outcome.refusal(), 1L, Long::sum);
            } else {
                rows += outcome.rows();
                valid += outcome.valid();
                quarantined += outcome.quarantined();
            }
        }
        double seconds = (System.nanoTime() - begin) / 1e9;
        System.out.printf("FUZZ-SUMMARY format=%s inputs=%d seconds=%.1f inputs_per_s=%.0f refused=%d rows=%d valid=%d"
                        + " quarantined=%d refusals=%s%n", format, inputs, seconds, inputs / seconds,
                refusals.values().stream().mapToLong(Long::longValue).sum(), rows, valid, quarantined, refusals);
    }
}
