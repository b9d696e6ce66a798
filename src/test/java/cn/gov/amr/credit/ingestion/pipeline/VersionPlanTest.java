package cn.gov.amr.credit.ingestion.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.ingestion.infrastructure.RecordStore.Current;
import org.junit.jupiter.api.Test;

class VersionPlanTest {

    private static NewRecord row(String key, String hash) {
        return new NewRecord(2, key, "91360481MA0000000X", "{}", hash, null, null, false);
    }

    @Test
    void newIdentitiesBecomeVersionOne() {
        var plan = new VersionPlan(List.of(row("A", "h1"), row("B", "h2")), Map.of(), 10);
        assertThat(plan.inserts()).extracting(VersionPlan.Insert::version).containsExactly(1, 1);
        assertThat(plan.closed()).isEmpty();
        assertThat(plan.duplicates()).isZero();
    }

    @Test
    void changedContentClosesTheCurrentVersionAndAddsTheNext() {
        var a = row("A", "new");
        var plan = new VersionPlan(List.of(a), Map.of(a.identity(), new Current(77, 3, "old", 9)), 10);
        assertThat(plan.inserts()).extracting(VersionPlan.Insert::version).containsExactly(4);
        assertThat(plan.closed()).containsExactly(77L);
    }

    @Test
    void sameContentIsADuplicate() {
        var a = row("A", "same");
        var plan = new VersionPlan(List.of(a), Map.of(a.identity(), new Current(77, 3, "same", 9)), 10);
        assertThat(plan.inserts()).isEmpty();
        assertThat(plan.closed()).isEmpty();
        assertThat(plan.duplicates()).isEqualTo(1);
    }

    @Test
    void aVersionFromALaterBatchIsNeverReplacedByAnOlderBatchWhoseRowIsCountedAsSuperseded() {
        var a = row("A", "older content");
        var plan = new VersionPlan(List.of(a), Map.of(a.identity(), new Current(77, 2, "newer content", 11)), 10);
        assertThat(plan.inserts()).isEmpty();
        assertThat(plan.closed()).isEmpty();
        assertThat(plan.superseded()).isEqualTo(1);
        assertThat(plan.duplicates()).isZero();
    }

    @Test
    void sameContentAsALaterBatchsVersionIsADuplicateNotSuperseded() {
        var a = row("A", "same");
        var plan = new VersionPlan(List.of(a), Map.of(a.identity(), new Current(77, 2, "same", 11)), 10);
        assertThat(plan.inserts()).isEmpty();
        assertThat(plan.duplicates()).isEqualTo(1);
        assertThat(plan.superseded()).isZero();
    }
}
