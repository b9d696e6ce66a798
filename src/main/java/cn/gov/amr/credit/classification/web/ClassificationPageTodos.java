package cn.gov.amr.credit.classification.web;

import java.util.ArrayList;
import java.util.List;

import cn.gov.amr.credit.classification.ClassificationRuns;
import cn.gov.amr.credit.classification.model.ModelStatus;
import cn.gov.amr.credit.classification.model.RiskModels;
import cn.gov.amr.credit.classification.RunProgress;
import cn.gov.amr.credit.classification.RunStatus;
import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.platform.TodoSource;
import cn.gov.amr.credit.platform.WorkbenchTodo;
import org.springframework.stereotype.Component;

/**
 * ADMIN's classification to-dos on the workbench home: drafts saved and not activated (to try and
 * activate, or leave); a failed run not followed by a successful run of its kind (urgent).
 */
@Component
class ClassificationPageTodos implements TodoSource {

    static final String MODULE = "classification";
    static final int RUNS_LOOKED_AT = 20;

    private final RiskModels models;
    private final ClassificationRuns runs;
    private final ClassificationPageSupport fmt;

    ClassificationPageTodos(RiskModels models, ClassificationRuns runs, ClassificationPageSupport fmt) {
        this.models = models;
        this.runs = runs;
        this.fmt = fmt;
    }

    @Override
    public List<WorkbenchTodo> todos() {
        if (!fmt.caller().has(Role.ADMIN)) {
            return List.of();
        }
        var todos = new ArrayList<WorkbenchTodo>();
        long drafts = models.all().stream().filter(model -> model.status() == ModelStatus.DRAFT).count();
        if (drafts > 0) {
            todos.add(new WorkbenchTodo(MODULE, "workbench.todo.classification.drafts", drafts,
                    "/workbench/classification/models", false));
        }
        long failed = failedNotRepaired(runs.recent(RUNS_LOOKED_AT));
        if (failed > 0) {
            todos.add(new WorkbenchTodo(MODULE, "workbench.todo.classification.failedRuns", failed,
                    "/workbench/classification", true));
        }
        return todos;
    }

    /** Failed runs newer than the last successful run of their kind (runs newest first). */
    static long failedNotRepaired(List<RunProgress> newestFirst) {
        var repaired = java.util.EnumSet.noneOf(cn.gov.amr.credit.classification.RunKind.class);
        long failed = 0;
        for (var run : newestFirst) {
            if (run.status() == RunStatus.DONE) {
                repaired.add(run.kind());
            } else if (run.status() == RunStatus.FAILED && !repaired.contains(run.kind())) {
                failed++;
            }
        }
        return failed;
    }
}
