package cn.gov.amr.credit.bench;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import cn.gov.amr.credit.audit.VerificationResult;
import cn.gov.amr.credit.audit.model.AuditChain;
import cn.gov.amr.credit.audit.model.AuditRecord;
import cn.gov.amr.credit.audit.model.CanonicalDetails;
import cn.gov.amr.credit.audit.model.ChainVerifier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The audit hash chain (pure Java, no Spring, no database): the CPU cost of appending one entry
 * (one SHA-256 over its content) and of verifying a whole chain, as {@code AuditLog.verify()} does
 * ({@code GET /api/v1/audit/verification}) after reading the entries from the database.
 */
@BenchmarkMode(Mode.AverageTime)
public class AuditChainBenchmark {

    private static final Instant AT = Instant.parse("2026-03-01T08:30:00.123456Z");

    private static final String[] ACTORS = {"admin", "officer.wang", "officer.li", "system", "client:market-dept"};
    private static final String[] ACTIONS = {"SIGN_IN_SUCCEEDED", "SIGN_IN_FAILED", "USER_CREATED",
            "USER_UPDATED", "API_KEY_ISSUED"};

    /** A typical entry's details, canonically encoded as the platform stores them. */
    private static final String DETAILS = CanonicalDetails.encode(Map.of(
            "roles", "[OFFICER]", "department", "市场监督管理局", "reason", "scheduled check"));

    /** The head of a chain that grows by one entry per operation. */
    @State(Scope.Thread)
    public static class Head {
        AuditRecord previous;

        @Setup
        public void setUp() {
            previous = AuditChain.next(null, AT, "system", "", "CHAIN_STARTED", "", "{}");
        }
    }

    /** A prebuilt, intact chain of {@code entries} entries. */
    @State(Scope.Benchmark)
    public static class Chain {
        @Param({"10000"})
        int entries;

        AuditRecord[] records;

        @Setup
        public void setUp() {
            records = new AuditRecord[entries];
            AuditRecord previous = null;
            for (int i = 0; i < entries; i++) {
                previous = AuditChain.next(previous, AT.plusMillis(i), ACTORS[i % ACTORS.length],
                        "10.12." + (i % 250) + "." + (i % 200), ACTIONS[i % ACTIONS.length], "user" + (i % 97), DETAILS);
                records[i] = previous;
            }
            VerificationResult result = verify(records);
            if (!result.intact() || result.checked() != entries) {
                throw new IllegalStateException("The prebuilt chain does not verify: " + result);
            }
        }
    }

    /** Appending one entry: {@link AuditChain#next} (builds the record and hashes it). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public AuditRecord appendOneEntry(Head head) {
        AuditRecord next = AuditChain.next(head.previous, AT, "officer.wang", "10.12.3.45", "SIGN_IN_SUCCEEDED",
                "officer.wang", DETAILS);
        head.previous = next;
        return next;
    }

    /** Verifying a whole chain with {@link ChainVerifier} (re-hashes every entry, checks every link). */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public VerificationResult verifyChain(Chain chain) {
        return verify(chain.records);
    }

    private static VerificationResult verify(AuditRecord[] records) {
        var verifier = new ChainVerifier(null);
        for (AuditRecord record : records) {
            verifier.accept(record);
        }
        return verifier.result();
    }
}
