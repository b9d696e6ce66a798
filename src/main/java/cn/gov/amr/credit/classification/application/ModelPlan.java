package cn.gov.amr.credit.classification.application;

import cn.gov.amr.credit.classification.model.IndicatorDef;
import cn.gov.amr.credit.classification.model.Measure;
import cn.gov.amr.credit.classification.model.MeasureType;
import cn.gov.amr.credit.classification.model.Measures;
import cn.gov.amr.credit.classification.model.ModelDefinition;
import cn.gov.amr.credit.creditfile.CreditFlags;
import cn.gov.amr.credit.ingestion.RecordKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a model reads, so that readers fetch only that: the record kinds (its measures', the credit file's
 * flags', annual reports for the filed years), the fields per kind its measures filter or sum, and the
 * longest window of its registration-change measures.
 */
record ModelPlan(Set<RecordKind> kinds, Map<RecordKind, Set<String>> fields, int changeWindowMonths) {

    static ModelPlan of(ModelDefinition model) {
        var measures = measures(model);
        var kinds = EnumSet.copyOf(CreditFlags.kindsRead());
        kinds.add(RecordKind.ANNUAL_REPORT);
        var fields = new EnumMap<RecordKind, Set<String>>(RecordKind.class);
        int window = 12;
        for (var measure : measures) {
            kinds.addAll(Measures.kinds(measure));
            Measures.fields(measure).forEach((kind, field) -> fields.computeIfAbsent(kind, k -> new TreeSet<>()).add(field));
            if (measure.type() == MeasureType.REGISTRATION_CHANGES && measure.withinMonths() != null) {
                window = Math.max(window, measure.withinMonths());
            }
        }
        return new ModelPlan(kinds, fields, window);
    }

    private static List<Measure> measures(ModelDefinition model) {
        var measures = new ArrayList<Measure>();
        model.indicators().stream().map(IndicatorDef::measure).forEach(measures::add);
        for (var p : model.professional()) {
            measures.addAll(p.domain());
            p.indicators().stream().map(IndicatorDef::measure).forEach(measures::add);
        }
        return measures;
    }
}
