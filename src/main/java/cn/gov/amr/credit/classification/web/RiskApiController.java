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

    /** Who reads classes: supervision (not auditors, whose work is the audit trail; never the public or a key). */
    static final String STAFF = "hasAnyRole('ADMIN', 'OFFICER', 'REVIEWER')";
    static final String NOT_CLASSIFIED = "RISK_NOT_CLASSIFIED";
    private final RiskClassification classification;
    private final cn.gov.amr.credit.registry.EntityProfiles profiles;
    private final ClassificationPageSupport access;

    RiskApiController(RiskClassification classification, cn.gov.amr.credit.registry.EntityProfiles profiles,
                      ClassificationPageSupport access) {
        this.classification = classification;
        this.profiles = profiles;
        this.access = access;
    }

    @GetMapping("/api/v1/entities/{code}/risk")
    @PreAuthorize(STAFF)
    @Operation(summary = "The entity's current risk class: {riskClass, score, modelVersion, classifiedAt, explanation "
            + "[{indicator, name, dimension, value, unit, points}], override {name, effect, riskClass} or null, "
            + "professional [{model, name, score, riskClass, decisive, explanation}], generalClass}; 404 "
            + "RISK_NOT_CLASSIFIED when the entity has no class (unknown or not yet classified); 403 "
            + "RISK_OUTSIDE_JURISDICTION for an officer of another jurisdiction")
    RiskResult risk(@PathVariable String code) {
        String normalized = Identifiers.normalize(code);
        requireRead(normalized);
        return classification.of(normalized)
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, NOT_CLASSIFIED, normalized));
    }

    @GetMapping("/api/v1/entities/{code}/risk/history")
    @PreAuthorize(STAFF)
    @Operation(summary = "Each change of the entity's class, newest first: {changedAt, fromClass (null when first "
            + "classified), toClass, score, modelVersion, reason}")
    Paged<ClassChange> history(@PathVariable String code) {
        String normalized = Identifiers.normalize(code);
        requireRead(normalized);
        return Paged.whole(classification.history(normalized));
    }

    /** An officer of a jurisdiction reads the classes of its entities only (an unknown entity: 404 later). */
    private void requireRead(String code) {
        profiles.of(java.util.List.of(code)).forEach(entity -> access.requireRead(entity.jurisdiction()));
    }
}
