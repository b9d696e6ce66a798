package cn.gov.amr.credit.classification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import cn.gov.amr.credit.classification.RunKind;
import cn.gov.amr.credit.classification.RunProgress;
import cn.gov.amr.credit.classification.RunStatus;
import org.junit.jupiter.api.Test;

/** ADMIN's to-do about failed runs counts only the failures no later successful run of their kind repaired. */
class ClassificationPageTodosTest {

    private static RunProgress run(long id, RunKind kind, RunStatus status) {
        return new RunProgress(id, kind, status, 1, 1, 0, 0, Instant.EPOCH, null, null, "admin", null);
    }

    @Test
    void aFailedRunFollowedByASuccessfulOneOfItsKindIsNoLongerAToDo() {
        var newestFirst = List.of(run(4, RunKind.FULL, RunStatus.DONE), run(3, RunKind.WHAT_IF, RunStatus.FAILED),
                run(2, RunKind.FULL, RunStatus.FAILED), run(1, RunKind.WHAT_IF, RunStatus.DONE));
        assertThat(ClassificationPageTodos.failedNotRepaired(newestFirst)).as("the what-if failure only").isEqualTo(1);
    }

    @Test
    void runningAndQueuedRunsRepairNothing() {
        var newestFirst = List.of(run(3, RunKind.FULL, RunStatus.RUNNING), run(2, RunKind.FULL, RunStatus.QUEUED),
                run(1, RunKind.FULL, RunStatus.FAILED));
        assertThat(ClassificationPageTodos.failedNotRepaired(newestFirst)).isEqualTo(1);
        assertThat(ClassificationPageTodos.failedNotRepaired(List.of())).isZero();
    }
}
