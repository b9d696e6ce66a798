package cn.gov.amr.credit.audit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class AuditChainTest {

    private static List<AuditRecord> chain(int length) {
        var entries = new ArrayList<AuditRecord>();
        AuditRecord previous = null;
        for (int i = 0; i < length; i++) {
            previous = AuditChain.next(previous, Instant.parse("2026-11-26T01:00:00Z").plusSeconds(i), "user" + i,
                    "10.0.0." + i, "SIGN_IN", "target" + i, CanonicalDetails.encode(Map.of("n", Integer.toString(i))));
            entries.add(previous);
        }
        return entries;
    }

    private static VerificationResult verify(List<AuditRecord> entries, ChainVerifier.Checkpoint checkpoint) {
        var verifier = new ChainVerifier(checkpoint);
        entries.forEach(verifier::accept);
        return verifier.result();
    }

    private static AuditRecord withActor(AuditRecord e, String actor) {
        return new AuditRecord(e.seq(), e.occurredAt(), actor, e.clientAddress(), e.action(), e.target(), e.details(),
                e.previousHash(), e.hash());
    }

    @Test
    void anUntouchedChainIsIntactAndReportsItsHead() {
        var entries = chain(20);
        var result = verify(entries, null);
        assertThat(result.intact()).isTrue();
        assertThat(result.checked()).isEqualTo(20);
        assertThat(result.headSeq()).isEqualTo(20);
        assertThat(result.headHash()).isEqualTo(entries.get(19).hash());
    }

    @Test
    void firstEntryLinksToGenesisAndEachEntryToItsPredecessor() {
        var entries = chain(3);
        assertThat(entries.get(0).previousHash()).isEqualTo(AuditChain.GENESIS);
        assertThat(entries.get(1).previousHash()).isEqualTo(entries.get(0).hash());
        assertThat(entries.get(2).seq()).isEqualTo(3);
    }

    static Stream<Integer> seededPositions() {
        var random = new Random(20261126L);
        return IntStream.range(0, 12).mapToObj(i -> 1 + random.nextInt(30));
    }

    @ParameterizedTest
    @MethodSource("seededPositions")
    void changingAnyEntryNamesThatEntry(int position) {
        var entries = new ArrayList<>(chain(30));
        entries.set(position - 1, withActor(entries.get(position - 1), "mallory"));
        var result = verify(entries, null);
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).isEqualTo(VerificationResult.Problem.ALTERED);
        assertThat(result.firstBadSeq()).isEqualTo(position);
    }

    @ParameterizedTest
    @MethodSource("seededPositions")
    void changingAnEntryAndRecomputingItsHashStillNamesIt(int position) {
        var entries = new ArrayList<>(chain(31));
        var original = entries.get(position - 1);
        var forged = withActor(original, "mallory");
        forged = new AuditRecord(forged.seq(), forged.occurredAt(), forged.actor(), forged.clientAddress(),
                forged.action(), forged.target(), forged.details(), forged.previousHash(), AuditChain.hashOf(forged));
        entries.set(position - 1, forged);
        var result = verify(entries, null);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBadSeq()).isEqualTo(position);
        assertThat(result.problem()).isEqualTo(VerificationResult.Problem.ALTERED);
    }

    @ParameterizedTest
    @MethodSource("seededPositions")
    void deletingAnEntryNamesItAsMissing(int position) {
        var entries = new ArrayList<>(chain(31));
        entries.remove(position - 1);
        var result = verify(entries, null);
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).isEqualTo(VerificationResult.Problem.MISSING);
        assertThat(result.firstBadSeq()).isEqualTo(position);
    }

    @Test
    void cuttingEntriesOffTheEndIsCaughtByAnEarlierCheckpoint() {
        var entries = chain(10);
        var checkpoint = new ChainVerifier.Checkpoint(10, entries.get(9).hash());
        var result = verify(entries.subList(0, 8), checkpoint);
        assertThat(result.intact()).isFalse();
        assertThat(result.problem()).isEqualTo(VerificationResult.Problem.MISSING);
        assertThat(result.firstBadSeq()).isEqualTo(9);
        assertThat(verify(entries, checkpoint).intact()).isTrue();
    }

    @Test
    void rewritingTheWholeChainFromSomeEntryIsCaughtByACheckpoint() {
        var entries = chain(10);
        var checkpoint = new ChainVerifier.Checkpoint(10, entries.get(9).hash());
        var rewritten = new ArrayList<>(entries.subList(0, 4));
        AuditRecord previous = rewritten.get(3);
        for (int i = 5; i <= 10; i++) {
            previous = AuditChain.next(previous, previous.occurredAt().plusSeconds(1), "mallory", "", "X", "", "{}");
            rewritten.add(previous);
        }
        assertThat(verify(rewritten, null).intact()).isTrue();
        var result = verify(rewritten, checkpoint);
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBadSeq()).isEqualTo(10);
    }

    @Test
    void detailsAreEncodedCanonicallyAndDecodeBack() {
        var details = Map.of("b", "2", "a", "quote \" slash \\ line\nend", "c", "中文");
        String encoded = CanonicalDetails.encode(details);
        assertThat(encoded).startsWith("{\"a\":");
        assertThat(CanonicalDetails.encode(new java.util.TreeMap<>(details))).isEqualTo(encoded);
        assertThat(CanonicalDetails.decode(encoded)).isEqualTo(details);
    }
}
