package cn.gov.amr.credit.classification.application;

import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.classification.model.InvalidModelException;
import cn.gov.amr.credit.classification.model.ModelStatus;
import cn.gov.amr.credit.classification.model.ModelSummary;
import cn.gov.amr.credit.classification.model.RiskModels;
import cn.gov.amr.credit.classification.infrastructure.ModelStore;
import cn.gov.amr.credit.classification.model.DefaultModels;
import cn.gov.amr.credit.classification.model.ModelDefinition;
import cn.gov.amr.credit.classification.model.ModelValidator;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The model versions. The default model is saved and activated as version 1 the first time a model is
 * needed (once across instances: the versions are unique). Versions never change once saved, so each
 * is cached by id for good.
 */
@Service
public class ModelService implements RiskModels {

    static final String MODEL_NOT_FOUND = "CLASSIFICATION_MODEL_NOT_FOUND";
    static final String NOT_A_DRAFT = "CLASSIFICATION_MODEL_NOT_DRAFT";

    private final ModelStore store;
    private final AuditLog audit;
    private final JsonMapper json;
    private final Clock clock;
    private final RunService runs;
    private final Map<Long, ModelSummary> byId = new ConcurrentHashMap<>();

    ModelService(ModelStore store, AuditLog audit, JsonMapper json, Clock clock, @Lazy RunService runs) {
        this.store = store;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
        this.runs = runs;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ModelSummary> all() {
        return store.all();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ModelSummary> get(long id) {
        return store.find(id);
    }

    /** The model by id, refused as not found. */
    ModelSummary require(long id) {
        return get(id).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, MODEL_NOT_FOUND, id));
    }

    /**
     * The model by id for evaluating and explaining: cached for good (a version's definition never changes;
     * its status in the cached copy may be stale, so never show it from here).
     */
    ModelSummary definitionOf(long id) {
        return byId.computeIfAbsent(id, this::require);
    }

    /** The active model, its definition from the cache. */
    @Transactional
    public ModelSummary activeForEvaluation() {
        return store.activeId().map(this::definitionOf).orElseGet(this::active);
    }

    @Override
    @Transactional
    public ModelSummary active() {
        var id = store.activeId();
        if (id.isEmpty()) {
            store.lock();
            id = store.activeId();
        }
        if (id.isPresent()) {
            return require(id.get());
        }
        // first start: the default model becomes version 1 (another instance doing the same loses the race)
        var saved = store.insert(DefaultModels.general(json), ModelStatus.ACTIVE, "system", clock.instant());
        return saved;
    }

    @Override
    @Transactional
    public ModelSummary draft(ModelDefinition definition) {
        var problems = ModelValidator.problems(definition);
        if (!problems.isEmpty()) {
            throw new InvalidModelException(problems);
        }
        active();
        var saved = store.insert(definition, ModelStatus.DRAFT, AuditLog.currentActor().name(), clock.instant());
        audit.record(ClassificationAudit.MODEL_DRAFTED, "model:" + saved.id(), Map.of("version",
                Integer.toString(saved.version())));
        return saved;
    }

    @Override
    @Transactional
    public ModelSummary activate(long id) {
        var model = require(id);
        if (!store.activate(id, AuditLog.currentActor().name(), clock.instant())) {
            throw new Refusal(Refusal.Kind.CONFLICT, NOT_A_DRAFT, model.version());
        }
        audit.record(ClassificationAudit.MODEL_ACTIVATED, "model:" + id, Map.of("version",
                Integer.toString(model.version())));
        runs.startFull();
        return require(id);
    }
}
