package cn.gov.amr.credit.classification.model;

import cn.gov.amr.credit.creditfile.FlagKind;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.TypedRecord;
import cn.gov.amr.credit.ingestion.schema.KindSchema;
import cn.gov.amr.credit.ingestion.schema.RecordField;
import cn.gov.amr.credit.lists.ListKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A {@link Measure} resolved once (record kinds, fields, flags and lists looked up) so that measuring an
 * entity is a loop over its records with no lookups. The rules are those of {@link MeasureType}.
 */
final class CompiledMeasure {

    private static final BigDecimal[] SMALL = new BigDecimal[64];

    static {
        for (int i = 0; i < SMALL.length; i++) {
            SMALL[i] = BigDecimal.valueOf(i);
        }
    }

    private final Measure measure;
    private final MeasureType type;
    private final boolean[] kinds = new boolean[RecordKind.values().length];
    private final RecordField[] fields = new RecordField[RecordKind.values().length];
    private final Set<String> values;
    /** For choice fields: the values and the labels of the values given as codes (records store labels). */
    private final Set<String> labels = new HashSet<>();
    private final List<String> contains;
    private final boolean filtered;
    private final FlagKind flag;
    private final ListKind[] lists;
    private final int months;

    CompiledMeasure(Measure measure) {
        this.measure = measure;
        this.type = measure.type();
        for (String kind : measure.kinds()) {
            var recordKind = RecordKind.valueOf(kind);
            kinds[recordKind.ordinal()] = true;
            if (measure.field() != null) {
                fields[recordKind.ordinal()] = KindSchema.of(recordKind).field(measure.field()).orElse(null);
            }
        }
        this.values = new HashSet<>(measure.values());
        labels.addAll(values);
        for (var field : fields) {
            if (field != null && field.type().isChoice()) {
                field.choices().stream().filter(c -> c.code() != null && values.contains(c.code()))
                        .forEach(c -> labels.add(c.label()));
            }
        }
        this.contains = measure.contains();
        this.filtered = measure.field() != null && !(measure.values().isEmpty() && measure.contains().isEmpty());
        this.flag = measure.flag() == null ? null : FlagKind.valueOf(measure.flag());
        this.lists = measure.lists().stream().map(ListKind::valueOf).toArray(ListKind[]::new);
        this.months = measure.withinMonths() == null ? (type == MeasureType.REGISTRATION_CHANGES ? 12 : -1)
                : measure.withinMonths();
    }

    BigDecimal value(EntityFacts facts, EvaluationContext context) {
        return switch (type) {
            case RECORD_COUNT -> number(count(facts, context));
            case RECORD_AMOUNT -> amount(facts, context);
            case FLAG -> number(facts.flags().contains(flag) ? 1 : 0);
            case LISTED -> number(listed(facts));
            case ENTITY_AGE -> number(facts.establishedOn() == null ? 0
                    : Math.max(0, Period.between(facts.establishedOn(), context.today()).getYears()));
            case REGISTERED_CAPITAL -> facts.capital() == null ? BigDecimal.ZERO : facts.capital().stripTrailingZeros();
            case ENTITY_KIND -> number(facts.kind() != null && values.contains(facts.kind().name()) ? 1 : 0);
            case INDUSTRY -> number(industry(facts.industryCode()) ? 1 : 0);
            case ANNUAL_REPORTS_MISSING -> number(reportsMissing(facts, context));
            case REGISTRATION_CHANGES -> number(changes(facts, context));
            case RELATED_BAD_ENTITIES -> number(facts.relatedBadEntities());
        };
    }

    private int count(EntityFacts facts, EvaluationContext context) {
        LocalDate from = months < 0 ? null : context.today().minusMonths(months);
        int count = 0;
        for (var record : facts.records()) {
            if (selected(record, from, context.today())) {
                count++;
            }
        }
        return count;
    }

    private BigDecimal amount(EntityFacts facts, EvaluationContext context) {
        LocalDate from = months < 0 ? null : context.today().minusMonths(months);
        var sum = BigDecimal.ZERO;
        for (var record : facts.records()) {
            if (selected(record, from, context.today())) {
                var field = fields[record.kind().ordinal()];
                if (field != null) {
                    var amount = record.amount(field);
                    if (amount.isPresent()) {
                        sum = sum.add(amount.get());
                    }
                }
            }
        }
        return sum.signum() == 0 ? BigDecimal.ZERO : sum.stripTrailingZeros();
    }

    private boolean selected(TypedRecord record, LocalDate from, LocalDate today) {
        if (!kinds[record.kind().ordinal()]) {
            return false;
        }
        if (from != null && (record.decidedOn() == null || record.decidedOn().isBefore(from))) {
            return false;
        }
        if (measure.onlyInForce() && record.validUntil() != null && record.validUntil().isBefore(today)) {
            return false;
        }
        return !filtered || matches(record);
    }

    private boolean matches(TypedRecord record) {
        var field = fields[record.kind().ordinal()];
        if (field == null) {
            return false;
        }
        var text = record.text(field);
        if (text.isEmpty()) {
            return false;
        }
        String value = text.get();
        for (String part : contains) {
            if (value.contains(part)) {
                return true;
            }
        }
        if (values.isEmpty()) {
            return false;
        }
        if (values.contains(value)) {
            return true;
        }
        if (!field.type().isChoice()) {
            return false;
        }
        for (String label : value.split(";")) {
            if (labels.contains(label.strip())) {
                return true;
            }
        }
        return false;
    }

    private int listed(EntityFacts facts) {
        int count = 0;
        for (var list : lists) {
            count += facts.listingsInForce().getOrDefault(list, 0);
        }
        return count;
    }

    private boolean industry(String code) {
        if (code == null) {
            return false;
        }
        for (String prefix : measure.values()) {
            if (code.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private int reportsMissing(EntityFacts facts, EvaluationContext context) {
        if (!Measures.filesAnnualReports(facts.kind()) || facts.establishedOn() == null) {
            return 0;
        }
        int years = measure.withinYears() == null ? 3 : measure.withinYears();
        int missing = 0;
        for (int year = context.dueReportYear() - years + 1; year <= context.dueReportYear(); year++) {
            if (facts.establishedOn().getYear() <= year && context.reportsReceived().test(year)
                    && !facts.filedYears().contains(year)) {
                missing++;
            }
        }
        return missing;
    }

    private int changes(EntityFacts facts, EvaluationContext context) {
        LocalDate from = context.today().minusMonths(months);
        int count = 0;
        for (var day : facts.registrationChanges()) {
            if (!day.isBefore(from)) {
                count++;
            }
        }
        return count;
    }

    private static BigDecimal number(int value) {
        return value >= 0 && value < SMALL.length ? SMALL[value] : BigDecimal.valueOf(value);
    }
}
