package cn.gov.amr.credit.classification.web;

import java.util.List;
import java.util.Locale;

import cn.gov.amr.credit.classification.ClassificationRuns;
import cn.gov.amr.credit.classification.model.ModelStatus;
import cn.gov.amr.credit.classification.model.ModelSummary;
import cn.gov.amr.credit.classification.model.RiskModels;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The model versions: the list (and its Excel export), one model in plain words (classes with their
 * score ranges, indicators by dimension, overrides, professional models) and, on a draft, ADMIN's
 * what-if and activation (after an explicit confirmation).
 */
@Controller
@RequestMapping("/workbench/classification/models")
@PreAuthorize(ClassificationPageSupport.READERS)
class ModelPageController {

    private final RiskModels models;
    private final ClassificationRuns runs;
    private final ModelText text;
    private final ClassificationPageSupport fmt;

    ModelPageController(RiskModels models, ClassificationRuns runs, ModelText text, ClassificationPageSupport fmt) {
        this.models = models;
        this.runs = runs;
        this.text = text;
        this.fmt = fmt;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("models", models.all());
        model.addAttribute("fmt", fmt);
        return "classification/models";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(Locale locale) {
        var header = List.of(fmt.text("classification.page.col.version", locale),
                fmt.text("classification.page.col.name", locale), fmt.text("classification.page.col.status", locale),
                fmt.text("classification.page.col.created", locale), fmt.text("classification.page.col.createdBy", locale),
                fmt.text("classification.page.col.activated", locale),
                fmt.text("classification.page.col.activatedBy", locale));
        List<List<Object>> rows = models.all().stream().map(m -> java.util.Arrays.<Object>asList(m.version(), m.name(),
                fmt.text("classification.page.status." + m.status(), locale), fmt.time(m.createdAt()), m.createdBy(),
                fmt.time(m.activatedAt()), m.activatedBy())).toList();
        return ClassificationWorkbook.download("classification-models.xlsx", List.of(new ClassificationWorkbook.Sheet(
                fmt.text("classification.page.models.title", locale), header, rows)));
    }

    @GetMapping("/{id}")
    String model(@PathVariable long id, Model model, Locale locale) {
        var summary = find(id);
        var definition = summary.definition();
        model.addAttribute("m", summary);
        model.addAttribute("classes", text.classes(definition.classes(), locale));
        model.addAttribute("dimensions", text.byDimension(definition.indicators(), locale));
        model.addAttribute("overrides", text.overrides(definition.overrides(), definition.indicators(), locale));
        model.addAttribute("professional", definition.professional().stream().map(p -> new ProfessionalView(p.id(),
                p.name(), p.domain().stream().map(measure -> text.measure(measure, locale)).toList(),
                p.combine() == null ? "" : fmt.text("classification.page.combine." + p.combine(), locale),
                text.classes(p.classes(), locale),
                p.indicators().stream().map(indicator -> text.row(indicator, locale)).toList())).toList());
        model.addAttribute("draft", summary.status() == ModelStatus.DRAFT);
        model.addAttribute("fmt", fmt);
        return "classification/model";
    }

    /** A professional model in words: its domain, how it combines, its classes and indicators. */
    record ProfessionalView(String id, String name, List<String> domain, String combine,
                            List<ModelText.ClassRow> classes, List<ModelText.IndicatorRow> indicators) {
    }

    /** Tries the model over the register against the current classes; the run's page shows the progress. */
    @PostMapping("/{id}/what-if")
    @PreAuthorize(ClassificationPageSupport.ADMINS)
    String whatIf(@PathVariable long id) {
        find(id);
        return "redirect:/workbench/classification/runs/" + runs.startWhatIf(id);
    }

    /** Activates a draft once ADMIN has ticked the confirmation; the active model is retired and all reclassified. */
    @PostMapping("/{id}/activate")
    @PreAuthorize(ClassificationPageSupport.ADMINS)
    String activate(@PathVariable long id, @RequestParam(defaultValue = "false") boolean confirmed,
                    RedirectAttributes redirect) {
        find(id);
        if (!confirmed) {
            redirect.addFlashAttribute("confirmationMissing", true);
        } else {
            models.activate(id);
            redirect.addFlashAttribute("activated", true);
        }
        return "redirect:/workbench/classification/models/" + id;
    }

    private ModelSummary find(long id) {
        return models.get(id).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "CLASSIFICATION_MODEL_NOT_FOUND", id));
    }
}
