package cn.gov.amr.credit.classification.web;

import java.util.ArrayList;
import java.util.Locale;
import java.util.Optional;

import cn.gov.amr.credit.classification.RiskClassification;
import cn.gov.amr.credit.platform.EntityPanel;
import org.springframework.stereotype.Component;

/**
 * The risk class on the registry's entity page: class and score, the top three reasons and the link to
 * the entity's risk page; only for those who may read the class (officers of the entity's jurisdiction,
 * reviewers, ADMIN), never an auditor.
 */
@Component
class RiskPanel implements EntityPanel {

    static final int REASONS = 3;

    private final RiskClassification classification;
    private final ExplanationText explanations;
    private final ClassificationPageSupport fmt;

    RiskPanel(RiskClassification classification, ExplanationText explanations, ClassificationPageSupport fmt) {
        this.classification = classification;
        this.explanations = explanations;
        this.fmt = fmt;
    }

    @Override
    public Optional<Content> panel(String entityCode, String entityJurisdiction, Locale locale) {
        if (!fmt.mayRead(entityJurisdiction)) {
            return Optional.empty();
        }
        var lines = new ArrayList<String>();
        var result = classification.of(entityCode);
        if (result.isEmpty()) {
            lines.add(fmt.text("classification.page.panel.none", locale));
        } else {
            var risk = result.get();
            lines.add(fmt.text("classification.page.panel.class", locale, risk.riskClass(),
                    Integer.toString(risk.score()), Integer.toString(risk.modelVersion()), fmt.time(risk.classifiedAt())));
            lines.addAll(explanations.top(risk, REASONS, locale));
        }
        return Optional.of(new Content("classification", fmt.text("classification.page.panel.title", locale), lines,
                "/workbench/entities/" + entityCode + "/risk", fmt.text("classification.page.panel.link", locale)));
    }
}
