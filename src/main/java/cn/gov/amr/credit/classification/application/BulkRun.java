package cn.gov.amr.credit.classification.application;

import cn.gov.amr.credit.classification.model.ModelSummary;
import cn.gov.amr.credit.classification.RunKind;
import cn.gov.amr.credit.classification.RunProgress;
import cn.gov.amr.credit.classification.infrastructure.BulkResults;
import cn.gov.amr.credit.classification.infrastructure.ResultRow;
import cn.gov.amr.credit.classification.infrastructure.ResultStore;
import cn.gov.amr.credit.classification.infrastructure.RunStore;
import cn.gov.amr.credit.classification.model.EvaluationContext;
import cn.gov.amr.credit.classification.model.ModelEvaluator;
import cn.gov.amr.credit.ingestion.CreditRecords;
import cn.gov.amr.credit.ingestion.TypedRecord;
import cn.gov.amr.credit.registry.EntityProfile;
import cn.gov.amr.credit.registry.EntityProfiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One pass over the whole register: the profiles and the records streamed side by side in code order
 * (a merge join, nothing per entity fetched), each entity evaluated by the model. A full run copies every
 * result into {@code results_next} in chunks and merges them at the end in one transaction (a crash
 * before the merge leaves the results as they were; the run is run again); a what-if only counts, comparing
 * with the current classes streamed in the same order.
 */
@Component
class BulkRun {

    private static final int CHUNK = 10_000;
    private final EntityProfiles profiles;
    private final CreditRecords records;
    private final BulkFacts bulkFacts;
    private final FactsReader facts;
    private final BulkResults bulk;
    private final ResultStore results;
    private final RunStore runs;
    private final TransactionTemplate reading;
    private final TransactionTemplate writing;
    private final JsonMapper json;
    private final Clock clock;

    BulkRun(EntityProfiles profiles, CreditRecords records, BulkFacts bulkFacts, FactsReader facts, BulkResults bulk,
            ResultStore results, RunStore runs, PlatformTransactionManager transactions, JsonMapper json, Clock clock) {
        this.profiles = profiles;
        this.records = records;
        this.bulkFacts = bulkFacts;
        this.facts = facts;
        this.bulk = bulk;
        this.results = results;
        this.runs = runs;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
        this.writing = new TransactionTemplate(transactions);
        this.writing.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.json = json;
        this.clock = clock;
    }

    /** Runs {@code run} by {@code model}; what the caller stores as the run's outcome. */
    Outcome run(RunProgress run, ModelSummary model) {
        Instant startedAt = run.startedAt() == null ? clock.instant() : run.startedAt();
        var context = facts.context();
        var plan = ModelPlan.of(model.definition());
        var prepared = bulkFacts.prepare(context, plan);
        long total = profiles.count();
        boolean full = run.kind() == RunKind.FULL;
        var whatIf = full ? null : new WhatIfCounter(model.definition().letters());
        if (full) {
            writing.executeWithoutResult(s -> bulk.clear());
        }
        long done = reading.execute(status -> pass(run, model, plan, prepared, context, startedAt, total, whatIf));
        if (full) {
            int changes = writing.execute(s -> bulk.merge(startedAt));
            return new Outcome(done, null, changes);
        }
        return new Outcome(done, whatIf, 0);
    }

    private long pass(RunProgress run, ModelSummary model, ModelPlan plan, BulkFacts.Prepared prepared,
                      EvaluationContext context, Instant startedAt, long total, WhatIfCounter whatIf) {
        long done = 0;
        var buffer = new ArrayList<ResultRow>(CHUNK);
        try (Stream<EntityProfile> entities = profiles.streamAll();
             Stream<TypedRecord> recordStream = records.streamForRules(plan.kinds(), plan.fields());
             Stream<String[]> current = whatIf == null ? Stream.empty() : results.streamClasses()) {
            var recordsByCode = new Grouped<>(recordStream.iterator(), TypedRecord::entityCode);
            var currentByCode = new Grouped<>(current.iterator(), pair -> pair[0]);
            for (var it = entities.iterator(); it.hasNext(); ) {
                var profile = it.next();
                var entity = bulkFacts.facts(profile, recordsByCode.take(profile.code()), prepared, context);
                var evaluation = ModelEvaluator.evaluate(model.definition(), entity, context);
                var row = ResultRows.row(model, entity, evaluation, startedAt, json);
                if (whatIf == null) {
                    buffer.add(row);
                    if (buffer.size() == CHUNK) {
                        flush(buffer);
                    }
                } else {
                    var was = currentByCode.take(profile.code());
                    whatIf.count(was.isEmpty() ? null : was.get(0)[1], row, profile.name(),
                            () -> ResultRows.result(row, model, json));
                }
                if (++done % CHUNK == 0) {
                    long progress = done;
                    writing.executeWithoutResult(s -> runs.progress(run.id(), progress, total));
                }
            }
        }
        flush(buffer);
        return done;
    }

    private void flush(List<ResultRow> buffer) {
        if (!buffer.isEmpty()) {
            var rows = List.copyOf(buffer);
            writing.executeWithoutResult(s -> bulk.copy(rows));
            buffer.clear();
        }
    }

    /** What a run produced: entities done, the what-if counts (null for a full run), the class changes stored. */
    record Outcome(long done, WhatIfCounter whatIf, int changes) {
    }

    /** Items of a stream ordered by a key, taken key by key in the same order as the driving stream. */
    static final class Grouped<T> {
        private final Iterator<T> items;
        private final java.util.function.Function<T, String> key;
        private T next;

        Grouped(Iterator<T> items, java.util.function.Function<T, String> key) {
            this.items = items;
            this.key = key;
            this.next = items.hasNext() ? items.next() : null;
        }

        /** The items of {@code code}, skipping items of smaller keys (codes not in the register). */
        List<T> take(String code) {
            while (next != null && key.apply(next).compareTo(code) < 0) {
                next = items.hasNext() ? items.next() : null;
            }
            if (next == null || !key.apply(next).equals(code)) {
                return List.of();
            }
            var taken = new ArrayList<T>(4);
            while (next != null && key.apply(next).equals(code)) {
                taken.add(next);
                next = items.hasNext() ? items.next() : null;
            }
            return taken;
        }
    }
}
