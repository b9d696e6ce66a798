package cn.gov.amr.credit.ingestion.pipeline;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.Timeout;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.pipeline.ImportInputs.Entropy;

/**
 * Coverage-guided fuzzing of the importers with Jazzer: the fuzzer's data drives the same generator
 * as {@link ImportFuzzTest} (so that coverage steers the choices) and, for one input in 32, is fed
 * to the parser as raw bytes. Not a test of the normal suite (the class name does not end in Test);
 * {@code fuzz/run.sh} runs each target with {@code JAZZER_FUZZ=1}. Any exception other than the
 * typed refusal, a failed property, a hang or running out of memory is a finding.
 */
class ImportFuzzTargets {

    /** Inputs per target in one fuzzing run: 1,000,000 in all (an XLSX input costs about ten CSV ones). */
    static final long CSV_RUNS = 480_000;
    static final long JSON_RUNS = 480_000;
    static final long XLSX_RUNS = 40_000;

    @Timeout(30) // per input: libFuzzer's -timeout, a finding when one input runs longer (a loaded machine)
    @FuzzTest(maxExecutions = CSV_RUNS, maxDuration = "120m")
    void csv(FuzzedDataProvider data) {
        Entropy e = entropy(data);
        RecordKind kind = e.pick(java.util.List.of(RecordKind.values()));
        ImportHarness.run(kind, false, e.chance(3) ? data.consumeRemainingAsBytes() : ImportInputs.csv(kind, e));
    }

    @Timeout(30)
    @FuzzTest(maxExecutions = JSON_RUNS, maxDuration = "120m")
    void json(FuzzedDataProvider data) {
        Entropy e = entropy(data);
        RecordKind kind = e.pick(java.util.List.of(RecordKind.values()));
        ImportHarness.run(kind, true, e.chance(3) ? data.consumeRemainingAsBytes() : ImportInputs.json(kind, e));
    }

    @Timeout(30)
    @FuzzTest(maxExecutions = XLSX_RUNS, maxDuration = "120m")
    void xlsx(FuzzedDataProvider data) {
        Entropy e = entropy(data);
        RecordKind kind = e.pick(java.util.List.of(RecordKind.values()));
        ImportHarness.run(kind, false, ImportInputs.xlsx(kind, e));
    }

    private static Entropy entropy(FuzzedDataProvider data) {
        return new Entropy() {
            @Override
            public int between(int min, int max) {
                return data.consumeInt(min, max);
            }

            @Override
            public byte[] bytes(int max) {
                return data.consumeBytes(max);
            }
        };
    }
}
