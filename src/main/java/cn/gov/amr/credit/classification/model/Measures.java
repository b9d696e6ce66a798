package cn.gov.amr.credit.classification.model;

import cn.gov.amr.credit.creditfile.FlagKind;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.TypedRecord;
import cn.gov.amr.credit.ingestion.schema.KindSchema;
import cn.gov.amr.credit.ingestion.schema.RecordField;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.registry.EntityKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each {@link MeasureType} measures over an entity (the rules are in its Javadoc). Pure. A measure
 * is assumed valid ({@link ModelValidator}); parts it does not read are ignored.
 */
public final class Measures {

    /** Entity kinds that file annual reports (DOMAIN §7). */
    private static final Set<EntityKind> REPORTING = EnumSet.of(EntityKind.ENTERPRISE, EntityKind.INDIVIDUAL_BUSINESS,
            EntityKind.COOPERATIVE);

    private Measures() {
    }

    public static BigDecimal value(Measure measure, EntityFacts facts, EvaluationContext context) {
        return switch (measure.type()) {
            case RECORD_COUNT -> BigDecimal.valueOf(selected(measure, facts, context).count());
            case RECORD_AMOUNT -> amount(measure, facts, context);
            case FLAG -> yes(facts.flags().contains(FlagKind.valueOf(measure.flag())));
            case LISTED -> BigDecimal.valueOf(measure.lists().stream()
                    .mapToInt(l -> facts.listingsInForce().getOrDefault(ListKind.valueOf(l), 0)).sum());
            case ENTITY_AGE -> BigDecimal.valueOf(facts.establishedOn() == null ? 0
                    : Math.max(0, Period.between(facts.establishedOn(), context.today()).getYears()));
            case REGISTERED_CAPITAL -> facts.capital() == null ? BigDecimal.ZERO : facts.capital().stripTrailingZeros();
            case ENTITY_KIND -> yes(facts.kind() != null && measure.values().contains(facts.kind().name()));
            case INDUSTRY -> yes(facts.industryCode() != null
                    && measure.values().stream().anyMatch(facts.industryCode()::startsWith));
            case ANNUAL_REPORTS_MISSING -> BigDecimal.valueOf(reportsMissing(measure, facts, context));
            case REGISTRATION_CHANGES -> BigDecimal.valueOf(facts.registrationChanges().stream()
                    .filter(d -> !d.isBefore(context.today().minusMonths(months(measure)))).count());
            case RELATED_BAD_ENTITIES -> BigDecimal.valueOf(facts.relatedBadEntities());
        };
    }

    /** The record kinds a measure reads (empty for measures of the registry or the lists). */
    public static Set<RecordKind> kinds(Measure measure) {
        var kinds = EnumSet.noneOf(RecordKind.class);
        measure.kinds().forEach(k -> kinds.add(RecordKind.valueOf(k)));
        return kinds;
    }

    /** The field a record measure filters or sums, per kind it reads (the bulk reader fetches only these). */
    public static Map<RecordKind, String> fields(Measure measure) {
        if (measure.field() == null) {
            return Map.of();
        }
        var fields = new java.util.EnumMap<RecordKind, String>(RecordKind.class);
        kinds(measure).forEach(k -> fields.put(k, measure.field()));
        return fields;
    }

    private static java.util.stream.Stream<TypedRecord> selected(Measure measure, EntityFacts facts,
                                                                 EvaluationContext context) {
        var kinds = kinds(measure);
        LocalDate from = measure.withinMonths() == null ? null : context.today().minusMonths(measure.withinMonths());
        return facts.records().stream()
                .filter(r -> kinds.contains(r.kind()))
                .filter(r -> from == null || (r.decidedOn() != null && !r.decidedOn().isBefore(from)))
                .filter(r -> !measure.onlyInForce() || r.validUntil() == null || !r.validUntil().isBefore(context.today()))
                .filter(r -> matches(measure, r));
    }

    private static boolean matches(Measure measure, TypedRecord record) {
        if (measure.field() == null || (measure.values().isEmpty() && measure.contains().isEmpty())) {
            return true;
        }
        Optional<RecordField> field = KindSchema.of(record.kind()).field(measure.field());
        if (field.isEmpty()) {
            return false;
        }
        Optional<String> text = record.text(field.get());
        if (text.isEmpty()) {
            return false;
        }
        if (measure.contains().stream().anyMatch(text.get()::contains)) {
            return true;
        }
        if (measure.values().contains(text.get())) {
            return true;
        }
        return field.get().type().isChoice()
                && (record.values().choiceCodes(field.get()).stream().anyMatch(measure.values()::contains)
                || java.util.Arrays.stream(text.get().split(";")).map(String::strip).anyMatch(measure.values()::contains));
    }

    private static BigDecimal amount(Measure measure, EntityFacts facts, EvaluationContext context) {
        var sum = BigDecimal.ZERO;
        for (var record : (Iterable<TypedRecord>) selected(measure, facts, context)::iterator) {
            var field = KindSchema.of(record.kind()).field(measure.field());
            if (field.isPresent()) {
                sum = sum.add(record.amount(field.get()).orElse(BigDecimal.ZERO));
            }
        }
        return sum.stripTrailingZeros();
    }

    private static int reportsMissing(Measure measure, EntityFacts facts, EvaluationContext context) {
        if (!REPORTING.contains(facts.kind()) || facts.establishedOn() == null) {
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

    private static int months(Measure measure) {
        return measure.withinMonths() == null ? 12 : measure.withinMonths();
    }

    private static BigDecimal yes(boolean value) {
        return value ? BigDecimal.ONE : BigDecimal.ZERO;
    }

    /** The values of a {@code LISTED} measure that are list names (for the validator). */
    static List<String> listNames() {
        return java.util.Arrays.stream(ListKind.values()).map(Enum::name).toList();
    }
}
