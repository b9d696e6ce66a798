package cn.gov.amr.credit.classification.model;

import cn.gov.amr.credit.classification.model.ModelDefinition;

import java.util.List;
import java.util.Optional;

/**
 * The classification models as versioned configuration: every version kept; at most one active. A
 * draft is checked whole when saved (an invalid model is refused with every problem, {@link
 * InvalidModelException}); it is tried over the register ({@link #whatIf}) and then activated, an
 * explicit audited step (ADMIN only: the controllers check).
 */
public interface RiskModels {

    /** Every version, newest first. */
    List<ModelSummary> all();

    Optional<ModelSummary> get(long id);

    /** The active model (there is always one: the default model is active from the first start). */
    ModelSummary active();

    /** Saves a draft as the next version. */
    ModelSummary draft(ModelDefinition definition);

    /** Activates a draft (the active one is retired), then reclassifies every entity by it (a full run). */
    ModelSummary activate(long id);
}
