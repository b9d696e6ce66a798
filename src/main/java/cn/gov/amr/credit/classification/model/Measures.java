package cn.gov.amr.credit.classification.model;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.registry.EntityKind;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * What a {@link Measure} reads, for the readers that fetch only that ({@link #kinds}, {@link #fields}); the
 * measuring itself is {@link CompiledMeasure}'s (the rules are in {@link MeasureType}).
 */
public final class Measures {

    private Measures() {
    }

    /** Whether entities of this kind file annual reports (DOMAIN §7): enterprises, individual businesses, cooperatives. */
    public static boolean filesAnnualReports(EntityKind kind) {
        return kind == EntityKind.ENTERPRISE || kind == EntityKind.INDIVIDUAL_BUSINESS || kind == EntityKind.COOPERATIVE;
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
}
