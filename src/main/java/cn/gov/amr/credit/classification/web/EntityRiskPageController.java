package cn.gov.amr.credit.classification.web;

import java.util.List;
import java.util.Locale;

import cn.gov.amr.credit.classification.RiskClassification;
import cn.gov.amr.credit.classification.RiskResult;
import cn.gov.amr.credit.registry.Registry;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An entity's risk class in plain words: class, score, model version and when; the explanation line by
 * line (indicators that gave points first, those that gave none behind a toggle); the override that
 * applied; each professional model with its lines; and the class history with the reason of each change.
 * Officers read only the entities of their own jurisdiction.
 */
@Controller
@PreAuthorize(ClassificationPageSupport.READERS)
class EntityRiskPageController {

    private final Registry registry;
    private final RiskClassification classification;
    private final ExplanationText explanations;
    private final ClassificationPageSupport fmt;

    EntityRiskPageController(Registry registry, RiskClassification classification, ExplanationText explanations,
                             ClassificationPageSupport fmt) {
        this.registry = registry;
        this.classification = classification;
        this.explanations = explanations;
        this.fmt = fmt;
    }

    /** A professional model's part in words. */
    record ProfessionalView(String name, int score, String riskClass, boolean decisive, List<String> lines,
                            List<String> zero) {
    }

    @GetMapping("/workbench/entities/{code}/risk")
    String risk(@PathVariable String code, Model model, Locale locale) {
        var entity = registry.find(code);
        fmt.requireRead(entity.jurisdiction());
        var result = classification.of(entity.code()).orElse(null);
        model.addAttribute("entity", entity);
        model.addAttribute("result", result);
        if (result != null) {
            model.addAttribute("lines", explanations.scoring(result.explanation(), locale));
            model.addAttribute("zero", explanations.zero(result.explanation(), locale));
            model.addAttribute("override", explanations.override(result.override(), locale));
            model.addAttribute("professional", result.professional().stream().map(p -> view(p, locale)).toList());
        }
        model.addAttribute("history", classification.history(entity.code()));
        model.addAttribute("fmt", fmt);
        return "classification/entity-risk";
    }

    private ProfessionalView view(RiskResult.ProfessionalResult professional, Locale locale) {
        return new ProfessionalView(professional.name(), professional.score(), professional.riskClass(),
                professional.decisive(), explanations.scoring(professional.explanation(), locale),
                explanations.zero(professional.explanation(), locale));
    }
}
