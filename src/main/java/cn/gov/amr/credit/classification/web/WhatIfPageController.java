package cn.gov.amr.credit.classification.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.gov.amr.credit.classification.ClassificationRuns;
import cn.gov.amr.credit.classification.model.RiskModels;
import cn.gov.amr.credit.classification.WhatIfReport;
import cn.gov.amr.credit.platform.Chart;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * A finished what-if: the class distributions under the model and now side by side (grouped bars and
 * the table), the matrix of moves (rows from, columns to, the unchanged on the shaded diagonal), the
 * sample of movers with both explanations, and the Excel export with one sheet per table.
 */
@Controller
@RequestMapping("/workbench/classification/runs/{id}")
@PreAuthorize(ClassificationPageSupport.READERS)
class WhatIfPageController {

    private final ClassificationRuns runs;
    private final RiskModels models;
    private final ExplanationText explanations;
    private final ClassificationPageSupport fmt;

    WhatIfPageController(ClassificationRuns runs, RiskModels models, ExplanationText explanations,
                         ClassificationPageSupport fmt) {
        this.runs = runs;
        this.models = models;
        this.explanations = explanations;
        this.fmt = fmt;
    }

    /** The what-if's figures in page order: class keys, the matrix rows and the distribution chart. */
    record Figures(List<String> keys, List<MoveRow> moves, Chart distribution) {
    }

    /** One row of the move matrix: the class moved from and the count moved to each key. */
    record MoveRow(String from, List<Long> to, long total) {
    }

    @GetMapping("/what-if")
    String report(@PathVariable long id, Model model, Locale locale) {
        var report = report(id);
        model.addAttribute("report", report);
        model.addAttribute("figures", figures(report, locale));
        model.addAttribute("movers", report.sample().stream().map(mover -> new MoverView(mover.entityCode(),
                mover.entityName(), mover.current(), mover.proposed(),
                mover.current() == null ? List.of() : explanations.top(mover.current(), Integer.MAX_VALUE, locale),
                mover.proposed() == null ? List.of() : explanations.top(mover.proposed(), Integer.MAX_VALUE, locale)))
                .toList());
        model.addAttribute("fmt", fmt);
        return "classification/what-if";
    }

    /** A mover with the lines of both explanations. */
    record MoverView(String code, String name, cn.gov.amr.credit.classification.RiskResult current,
                     cn.gov.amr.credit.classification.RiskResult proposed, List<String> currentLines,
                     List<String> proposedLines) {
    }

    @GetMapping("/what-if.xlsx")
    ResponseEntity<byte[]> export(@PathVariable long id, Locale locale) {
        var report = report(id);
        var figures = figures(report, locale);
        var labels = figures.keys().stream().map(key -> fmt.riskClass(key, locale)).toList();
        var distributionHeader = List.of(fmt.text("classification.page.col.class", locale),
                fmt.text("classification.page.whatIf.proposed", locale),
                fmt.text("classification.page.whatIf.current", locale));
        List<List<Object>> distribution = new ArrayList<>();
        for (int i = 0; i < figures.keys().size(); i++) {
            String key = figures.keys().get(i);
            distribution.add(List.of(labels.get(i), ClassificationFigures.count(report.distribution(), key),
                    ClassificationFigures.count(report.current(), key)));
        }
        var matrixHeader = new ArrayList<String>();
        matrixHeader.add(fmt.text("classification.page.whatIf.fromTo", locale));
        matrixHeader.addAll(labels);
        matrixHeader.add(fmt.text("classification.page.total", locale));
        List<List<Object>> matrix = figures.moves().stream().map(row -> {
            var cells = new ArrayList<Object>();
            cells.add(fmt.riskClass(row.from(), locale));
            cells.addAll(row.to());
            cells.add(row.total());
            return (List<Object>) cells;
        }).toList();
        var sampleHeader = List.of(fmt.text("classification.page.col.code", locale),
                fmt.text("classification.page.col.entity", locale), fmt.text("classification.page.whatIf.current", locale),
                fmt.text("classification.page.whatIf.proposed", locale),
                fmt.text("classification.page.whatIf.currentReasons", locale),
                fmt.text("classification.page.whatIf.proposedReasons", locale));
        List<List<Object>> sample = report.sample().stream().map(mover -> java.util.Arrays.<Object>asList(
                mover.entityCode(), mover.entityName(), letter(mover.current()), letter(mover.proposed()),
                mover.current() == null ? "" : String.join("\n", explanations.top(mover.current(), Integer.MAX_VALUE, locale)),
                mover.proposed() == null ? "" : String.join("\n", explanations.top(mover.proposed(), Integer.MAX_VALUE, locale))))
                .toList();
        return ClassificationWorkbook.download("what-if-" + report.modelVersion() + ".xlsx", List.of(
                new ClassificationWorkbook.Sheet(fmt.text("classification.page.whatIf.distribution", locale),
                        distributionHeader, distribution),
                new ClassificationWorkbook.Sheet(fmt.text("classification.page.whatIf.moves", locale), matrixHeader, matrix),
                new ClassificationWorkbook.Sheet(fmt.text("classification.page.whatIf.sample", locale), sampleHeader, sample)));
    }

    private Figures figures(WhatIfReport report, Locale locale) {
        var letters = models.get(report.modelId()).map(m -> m.definition().letters()).orElse(List.of());
        var keys = ClassificationFigures.keys(letters, report.distribution(), report.current());
        for (var from : report.moves().keySet()) {
            if (!keys.contains(from)) {
                keys = new ArrayList<>(keys);
                keys.add(from);
            }
        }
        var columns = keys;
        var moves = columns.stream().filter(from -> report.moves().containsKey(from)).map(from -> {
            var row = report.moves().get(from);
            List<Long> to = columns.stream().map(key -> ClassificationFigures.count(row, key)).toList();
            return new MoveRow(from, to, to.stream().mapToLong(Long::longValue).sum());
        }).toList();
        var labels = keys.stream().map(key -> fmt.riskClass(key, locale)).toList();
        var chart = Chart.bars(labels, List.of(
                new Chart.Series(fmt.text("classification.page.whatIf.current", locale),
                        ClassificationFigures.values(report.current(), keys)),
                new Chart.Series(fmt.text("classification.page.whatIf.proposed", locale),
                        ClassificationFigures.values(report.distribution(), keys))));
        return new Figures(keys, moves, chart);
    }

    private static String letter(cn.gov.amr.credit.classification.RiskResult result) {
        return result == null ? "" : result.riskClass();
    }

    private WhatIfReport report(long id) {
        RunPageController.find(runs, id);
        return runs.whatIf(id).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "CLASSIFICATION_RUN_NOT_FOUND", id));
    }
}
