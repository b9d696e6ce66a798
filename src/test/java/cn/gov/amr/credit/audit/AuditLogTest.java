package cn.gov.amr.credit.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import cn.gov.amr.credit.audit.model.VerificationResult;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/** The audit trail on the real database: append-only, no forks, tampering named by the verification. */
class AuditLogTest extends PlatformIntegrationTest {

    @Autowired
    AuditLog audit;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void concurrentWritersNeverForkTheChain() throws Exception {
        long before = audit.head().seq();
        var pool = Executors.newFixedThreadPool(8);
        var tasks = new ArrayList<Callable<Void>>();
        for (int t = 0; t < 8; t++) {
            int thread = t;
            tasks.add(() -> {
                for (int i = 0; i < 25; i++) {
                    audit.record(new Actor("writer" + thread, "127.0.0.1"), "TEST_WRITE", "t" + i, Map.of());
                }
                return null;
            });
        }
        for (var future : pool.invokeAll(tasks)) {
            future.get();
        }
        pool.shutdown();
        assertThat(audit.head().seq()).isEqualTo(before + 200);
        long distinct = jdbc.sql("select count(distinct previous_hash) from audit.entries").query(Long.class).single();
        long all = jdbc.sql("select count(*) from audit.entries").query(Long.class).single();
        assertThat(distinct).as("no two entries share a predecessor").isEqualTo(all);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anEntryRolledBackWithItsTransactionLeavesNoGap() {
        long before = audit.head().seq();
        try {
            transactions.executeWithoutResult(status -> {
                audit.record(Actor.system(), "TEST_ROLLED_BACK", "", Map.of());
                status.setRollbackOnly();
            });
        } finally {
            audit.record(Actor.system(), "TEST_AFTER_ROLLBACK", "", Map.of());
        }
        assertThat(audit.head().seq()).isEqualTo(before + 1);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void theDatabaseRefusesUpdatesAndDeletes() {
        audit.record(Actor.system(), "TEST_IMMUTABLE", "", Map.of());
        assertThatThrownBy(() -> jdbc.sql("update audit.entries set actor = 'mallory'").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit.entries").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit.entries").update())
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void alteringOneRowDirectlyInTheDatabaseIsNamedByTheVerification() {
        for (int i = 0; i < 5; i++) {
            audit.record(Actor.system(), "TEST_TAMPER", "row" + i, Map.of("i", Integer.toString(i)));
        }
        long victim = audit.head().seq() - 2;
        String original = jdbc.sql("select actor from audit.entries where seq = ?").param(victim)
                .query(String.class).single();
        asSuperuserBypassingTriggers(() -> jdbc.sql("update audit.entries set actor = 'mallory' where seq = ?")
                .param(victim).update());
        try {
            var result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(victim);
            assertThat(result.problem()).isEqualTo(VerificationResult.Problem.ALTERED);
        } finally {
            asSuperuserBypassingTriggers(() -> jdbc.sql("update audit.entries set actor = ? where seq = ?")
                    .params(original, victim).update());
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void deletingOneRowDirectlyInTheDatabaseIsNamedByTheVerification() {
        for (int i = 0; i < 5; i++) {
            audit.record(Actor.system(), "TEST_DELETE", "row" + i, Map.of());
        }
        long victim = audit.head().seq() - 3;
        var saved = jdbc.sql("select * from audit.entries where seq = ?").param(victim).query().singleRow();
        asSuperuserBypassingTriggers(() -> jdbc.sql("delete from audit.entries where seq = ?").param(victim).update());
        try {
            var result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(victim);
            assertThat(result.problem()).isEqualTo(VerificationResult.Problem.MISSING);
        } finally {
            asSuperuserBypassingTriggers(() -> jdbc.sql("""
                    insert into audit.entries (seq, occurred_at, actor, client_address, action, target, details, previous_hash, hash)
                    values (:seq, :occurred_at, :actor, :client_address, :action, :target, :details, :previous_hash, :hash)""")
                    .params(saved).update());
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void cuttingTheLastEntriesOffIsDetectedThroughTheDailyCheckpoint() {
        audit.record(Actor.system(), "TEST_TRUNCATE", "a", Map.of());
        audit.record(Actor.system(), "TEST_TRUNCATE", "b", Map.of());
        var head = audit.head();
        jdbc.sql("insert into audit.head_checkpoints (seq, hash, recorded_at) values (?, ?, now())")
                .params(head.seq(), head.hash()).update();
        var saved = jdbc.sql("select * from audit.entries where seq = ?").param(head.seq()).query().singleRow();
        asSuperuserBypassingTriggers(() -> jdbc.sql("delete from audit.entries where seq = ?").param(head.seq()).update());
        try {
            var result = audit.verify();
            assertThat(result.intact()).isFalse();
            assertThat(result.firstBadSeq()).isEqualTo(head.seq());
            assertThat(result.problem()).isEqualTo(VerificationResult.Problem.MISSING);
        } finally {
            asSuperuserBypassingTriggers(() -> jdbc.sql("""
                    insert into audit.entries (seq, occurred_at, actor, client_address, action, target, details, previous_hash, hash)
                    values (:seq, :occurred_at, :actor, :client_address, :action, :target, :details, :previous_hash, :hash)""")
                    .params(saved).update());
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void auditorsSeeTheVerificationThroughTheApi() {
        var response = http().basic("admin", ADMIN_PASSWORD).get("/api/v1/audit/verification");
        assertThat(response.statusCode()).isEqualTo(200);
        var body = Json.parse(response.body());
        assertThat(body.get("intact").asBoolean()).isTrue();
        assertThat(body.get("headSeq").asLong()).isPositive();
    }

    /** Simulates someone with direct database access: triggers off for this one statement. */
    private void asSuperuserBypassingTriggers(Runnable statement) {
        transactions.executeWithoutResult(status -> {
            jdbc.sql("set local session_replication_role = replica").update();
            statement.run();
        });
    }

}
