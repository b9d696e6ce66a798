package cn.gov.amr.credit.classification.web;

import java.util.List;
import java.util.Locale;

import cn.gov.amr.credit.classification.model.InvalidModelException;
import cn.gov.amr.credit.classification.model.InvalidModelException.ModelProblem;
import cn.gov.amr.credit.classification.model.RiskModels;
import cn.gov.amr.credit.classification.model.ModelDefinition;
import com.fasterxml.jackson.annotation.JsonInclude;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * ADMIN writes a new model version: the definition as JSON, prefilled with the active model's (or the
 * version named by {@code from}). Saving drafts it through {@link RiskModels#draft}; a definition that
 * cannot be read, or that the model refuses, comes back with every problem, one per line, in words.
 */
@Controller
@PreAuthorize(ClassificationPageSupport.ADMINS)
class DraftPageController {

    private static final String PATH = "/workbench/classification/models";

    private final RiskModels models;
    private final JsonMapper json;
    private final JsonMapper pretty;
    private final ClassificationPageSupport fmt;

    DraftPageController(RiskModels models, JsonMapper json, ClassificationPageSupport fmt) {
        this.models = models;
        this.json = json;
        this.pretty = json.rebuild()
                .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_EMPTY))
                .build();
        this.fmt = fmt;
    }

    @GetMapping(PATH + "/new")
    String form(@RequestParam(required = false) Long from, Model model) {
        var base = from == null ? models.active() : models.get(from).orElseGet(models::active);
        model.addAttribute("definition", pretty.writerWithDefaultPrettyPrinter().writeValueAsString(base.definition()));
        model.addAttribute("base", base);
        model.addAttribute("problems", List.of());
        return "classification/draft";
    }

    @PostMapping(PATH)
    String save(@RequestParam(defaultValue = "") String definition, Model model, Locale locale,
                RedirectAttributes redirect) {
        List<String> problems;
        try {
            var saved = models.draft(json.readValue(definition, ModelDefinition.class));
            redirect.addFlashAttribute("drafted", true);
            return "redirect:" + PATH + "/" + saved.id();
        } catch (InvalidModelException invalid) {
            problems = invalid.problems().stream().map(problem -> problem(problem, locale)).toList();
        } catch (JacksonException unreadable) {
            problems = List.of(unreadable(unreadable, locale));
        }
        model.addAttribute("definition", definition);
        model.addAttribute("base", models.active());
        model.addAttribute("problems", problems);
        return "classification/draft";
    }

    /** A problem in words: where in the definition, then {@code problem.field.<code>} with the value. */
    String problem(ModelProblem problem, Locale locale) {
        String value = problem.value() == null ? "" : problem.value();
        String message = fmt.textOr("problem.field." + problem.code(),
                fmt.text("classification.problem.unknown", locale, problem.code(), value), locale, value);
        return problem.where() == null || problem.where().isEmpty() ? message
                : fmt.text("classification.problem.at", locale, problem.where(), message);
    }

    private String unreadable(JacksonException e, Locale locale) {
        var location = e.getLocation();
        String path = e.getPath().stream().map(reference -> reference.getPropertyName() != null
                ? reference.getPropertyName() : "[" + reference.getIndex() + "]").reduce((a, b) -> b.startsWith("[")
                ? a + b : a + "." + b).orElse("");
        if (!path.isEmpty()) {
            return fmt.text("classification.problem.JSON_VALUE", locale, path);
        }
        return fmt.text("classification.problem.JSON_SYNTAX", locale,
                location == null ? "?" : Integer.toString(location.getLineNr()),
                location == null ? "?" : Integer.toString(location.getColumnNr()));
    }
}
