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

    private Measures() {
    }

    public static BigDecimal value(Measure measure, EntityFacts facts, EvaluationContext context) {
        return new CompiledMeasure(measure).value(facts, context);
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

    /** The values of a {@code LISTED} measure that are list names (for the validator). */
    static List<String> listNames() {
        return java.util.Arrays.stream(ListKind.values()).map(Enum::name).toList();
    }
}
