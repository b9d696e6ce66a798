package cn.gov.amr.credit.classification.web;

import cn.gov.amr.credit.classification.ClassChange;
import cn.gov.amr.credit.classification.RiskClassification;
import cn.gov.amr.credit.classification.RiskResult;
import cn.gov.amr.credit.shared.Identifiers;
import cn.gov.amr.credit.shared.Paged;
import cn.gov.amr.credit.shared.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An entity's risk class (contract). For supervision only: officers, never the public or a department's key. */
@RestController
@Tag(name = "Classification", description = "Credit risk classes A/B/C/D with their reasons (confidential)")
class RiskApiController {

    static final String STAFF = "hasAnyRole('ADMIN', 'OFFICER', 'REVIEWER', 'AUDITOR')";
    static final String NOT_CLASSIFIED = "RISK_NOT_CLASSIFIED";
    private final RiskClassification classification;

    RiskApiController(RiskClassification classification) {
        this.classification = classification;
    }

    @GetMapping("/api/v1/entities/{code}/risk")
    @PreAuthorize(STAFF)
    @Operation(summary = "The entity's current risk class: {riskClass, score, modelVersion, classifiedAt, explanation "
            + "[{indicator, name, dimension, value, unit, points}], override {name, effect, riskClass} or null, "
            + "professional [{model, name, score, riskClass, decisive, explanation}], generalClass}; 404 "
            + "RISK_NOT_CLASSIFIED when the entity has no class (unknown or not yet classified)")
    RiskResult risk(@PathVariable String code) {
        String normalized = Identifiers.normalize(code);
        return classification.of(normalized)
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, NOT_CLASSIFIED, normalized));
    }

    @GetMapping("/api/v1/entities/{code}/risk/history")
    @PreAuthorize(STAFF)
    @Operation(summary = "Each change of the entity's class, newest first: {changedAt, fromClass (null when first "
            + "classified), toClass, score, modelVersion, reason}")
    Paged<ClassChange> history(@PathVariable String code) {
        return Paged.whole(classification.history(Identifiers.normalize(code)));
    }
}
