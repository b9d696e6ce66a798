package cn.gov.amr.credit.classification.application;

import cn.gov.amr.credit.classification.ClassChange;
import cn.gov.amr.credit.classification.MonthlyChanges;
import cn.gov.amr.credit.classification.RiskClassChanged;
import cn.gov.amr.credit.classification.RiskClassification;
import cn.gov.amr.credit.classification.RiskResult;
import cn.gov.amr.credit.classification.RiskStatistics;
import cn.gov.amr.credit.classification.StatisticsDimension;
import cn.gov.amr.credit.classification.infrastructure.ResultRow;
import cn.gov.amr.credit.classification.infrastructure.ResultStore;
import cn.gov.amr.credit.classification.model.ModelEvaluator;
import cn.gov.amr.credit.shared.LegalTime;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The current classes, and classifying a few entities now (the continuous path): each chunk of entities
 * in its own transaction, one update at a time ({@link ResultStore#lockForUpdate}), each reading the
 * facts after the previous one committed; a change of class is stored with its reason and published as
 * {@link RiskClassChanged}. Classifying again with nothing new changes nothing but the time.
 */
@Service
public class ClassificationService implements RiskClassification {

    private static final int CHUNK = 500;
    private final ResultStore results;
    private final ModelService models;
    private final FactsReader facts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Clock clock;
    private final Map<Long, ModelPlan> plans = new ConcurrentHashMap<>();

    ClassificationService(ResultStore results, ModelService models, FactsReader facts, ApplicationEventPublisher events,
                          PlatformTransactionManager transactions, JsonMapper json, Clock clock) {
        this.results = results;
        this.models = models;
        this.facts = facts;
        this.events = events;
        this.transaction = new TransactionTemplate(transactions);
        this.json = json;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<RiskResult> of(String entityCode) {
        return results.find(entityCode).map(row -> ResultRows.result(row, models.definitionOf(row.modelId()), json));
    }

    /** The current results of the given entities (for a what-if sample). */
    List<RiskResult> of(Collection<String> entityCodes) {
        return results.find(entityCodes).stream()
                .map(row -> ResultRows.result(row, models.definitionOf(row.modelId()), json)).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> classesOf(Collection<String> entityCodes) {
        return entityCodes.isEmpty() ? Map.of() : results.classesOf(entityCodes);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClassChange> history(String entityCode) {
        return results.history(entityCode);
    }

    @Override
    @Transactional(readOnly = true)
    public RiskStatistics statistics(StatisticsDimension by, String jurisdiction) {
        var letters = models.activeForEvaluation().definition().letters();
        String column = switch (by) {
            case JURISDICTION -> "jurisdiction";
            case KIND -> "entity_kind";
            case INDUSTRY -> "industry";
            case REGION -> "region_code";
        };
        var totals = new LinkedHashMap<String, Long>();
        letters.forEach(l -> totals.put(l, 0L));
        var groups = new TreeMap<String, Map<String, Long>>();
        for (var count : results.counts(column, jurisdiction)) {
            totals.merge(count.riskClass(), count.count(), Long::sum);
            groups.computeIfAbsent(count.group(), g -> zeros(letters)).merge(count.riskClass(), count.count(), Long::sum);
        }
        var rows = groups.entrySet().stream().map(e -> new RiskStatistics.Row(e.getKey(), e.getValue())).toList();
        return new RiskStatistics(by, letters, totals, rows);
    }

    @Override
    @Transactional(readOnly = true)
    public List<MonthlyChanges> changesByMonth(String jurisdiction, int months) {
        var letters = models.activeForEvaluation().definition().letters();
        var first = YearMonth.from(LegalTime.today(clock)).minusMonths(Math.max(1, months) - 1L);
        var byMonth = new TreeMap<YearMonth, Map<String, Long>>();
        for (int i = 0; i < Math.max(1, months); i++) {
            byMonth.put(first.plusMonths(i), zeros(letters));
        }
        var from = first.atDay(1).atStartOfDay(LegalTime.ZONE).toInstant();
        for (var count : results.changesByMonth(from, jurisdiction)) {
            byMonth.computeIfAbsent(YearMonth.parse(count.group()), m -> zeros(letters))
                    .merge(count.riskClass(), count.count(), Long::sum);
        }
        return byMonth.entrySet().stream().map(e -> new MonthlyChanges(e.getKey(), e.getValue())).toList();
    }

    @Override
    public void reclassify(Collection<String> entityCodes) {
        var codes = new ArrayList<>(new LinkedHashSet<>(entityCodes));
        for (int from = 0; from < codes.size(); from += CHUNK) {
            var chunk = codes.subList(from, Math.min(codes.size(), from + CHUNK));
            transaction.executeWithoutResult(status -> classify(chunk));
        }
    }

    private void classify(List<String> codes) {
        results.lockForUpdate();
        var model = models.activeForEvaluation();
        var plan = plans.computeIfAbsent(model.id(), id -> ModelPlan.of(model.definition()));
        var context = facts.context();
        var now = clock.instant();
        var rows = new ArrayList<ResultRow>();
        for (var entity : facts.read(codes, plan, context)) {
            rows.add(ResultRows.row(model, entity, ModelEvaluator.evaluate(model.definition(), entity, context), now, json));
        }
        if (rows.isEmpty()) {
            return;
        }
        var changed = results.save(rows);
        for (var row : rows) {
            if (changed.containsKey(row.entityCode())) {
                events.publishEvent(new RiskClassChanged(row.entityCode(), changed.get(row.entityCode()), row.riskClass(),
                        model.version()));
            }
        }
    }

    private static Map<String, Long> zeros(List<String> letters) {
        var zeros = new LinkedHashMap<String, Long>();
        letters.forEach(l -> zeros.put(l, 0L));
        return zeros;
    }
}
