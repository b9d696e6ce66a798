package cn.gov.amr.credit.classification.web;

import cn.gov.amr.credit.classification.ClassificationRuns;
import cn.gov.amr.credit.classification.RunKind;
import cn.gov.amr.credit.classification.RunProgress;
import cn.gov.amr.credit.classification.RunStatus;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * One run's page: its progress bar (polling the run's JSON until it ends); a finished what-if goes on
 * to its report.
 */
@Controller
@PreAuthorize(ClassificationPageSupport.READERS)
class RunPageController {

    private final ClassificationRuns runs;
    private final ClassificationPageSupport fmt;

    RunPageController(ClassificationRuns runs, ClassificationPageSupport fmt) {
        this.runs = runs;
        this.fmt = fmt;
    }

    @GetMapping("/workbench/classification/runs/{id}")
    String run(@PathVariable long id, Model model) {
        var run = find(runs, id);
        if (run.kind() == RunKind.WHAT_IF && run.status() == RunStatus.DONE) {
            return "redirect:/workbench/classification/runs/" + id + "/what-if";
        }
        model.addAttribute("run", run);
        model.addAttribute("fmt", fmt);
        return "classification/run";
    }

    /** Whether a run is still to end (queued or running). */
    static boolean unfinished(RunProgress run) {
        return run.status() == RunStatus.QUEUED || run.status() == RunStatus.RUNNING;
    }

    static RunProgress find(ClassificationRuns runs, long id) {
        return runs.progress(id).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "CLASSIFICATION_RUN_NOT_FOUND", id));
    }
}
