package cn.gov.amr.credit.classification.web;

import java.util.List;
import java.util.Locale;

import cn.gov.amr.credit.classification.ClassificationRuns;
import cn.gov.amr.credit.classification.RiskClassification;
import cn.gov.amr.credit.classification.model.RiskModels;
import cn.gov.amr.credit.classification.StatisticsDimension;
import cn.gov.amr.credit.platform.Chart;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The classification's home: the active model, the class distribution of the caller's area (chart and
 * table), the recent runs, and for ADMIN the full reclassification with its progress bar.
 */
@Controller
@RequestMapping("/workbench/classification")
@PreAuthorize(ClassificationPageSupport.READERS)
class ClassificationHomePageController {

    private static final int RECENT_RUNS = 10;

    private final RiskModels models;
    private final RiskClassification classification;
    private final ClassificationRuns runs;
    private final ClassificationPageSupport fmt;

    ClassificationHomePageController(RiskModels models, RiskClassification classification, ClassificationRuns runs,
                                     ClassificationPageSupport fmt) {
        this.models = models;
        this.classification = classification;
        this.runs = runs;
        this.fmt = fmt;
    }

    @GetMapping
    String home(@RequestParam(required = false) Long run, Model model, Locale locale) {
        var active = models.active();
        String area = fmt.area(null);
        var statistics = classification.statistics(StatisticsDimension.JURISDICTION, area);
        var keys = ClassificationFigures.keys(statistics.classes(), statistics.totals());
        var labels = keys.stream().map(key -> fmt.riskClass(key, locale)).toList();
        model.addAttribute("active", active);
        model.addAttribute("area", area);
        model.addAttribute("total", ClassificationFigures.total(statistics.totals()));
        model.addAttribute("distribution", Chart.bars(labels, List.of(new Chart.Series(
                fmt.text("classification.page.entities", locale),
                ClassificationFigures.values(statistics.totals(), keys)))));
        model.addAttribute("classes", active.definition().classes());
        var recent = runs.recent(RECENT_RUNS);
        model.addAttribute("runs", recent);
        model.addAttribute("current", run == null ? recent.stream().filter(RunPageController::unfinished).findFirst().orElse(null)
                : runs.progress(run).orElse(null));
        model.addAttribute("fmt", fmt);
        return "classification/home";
    }

    /** A full reclassification by the active model, queued; the page then shows its progress. */
    @PostMapping("/runs")
    @PreAuthorize(ClassificationPageSupport.ADMINS)
    String startFull() {
        return "redirect:/workbench/classification?run=" + runs.startFull();
    }
}
