package cn.gov.amr.credit.classification.application;

import cn.gov.amr.credit.classification.model.ModelSummary;
import cn.gov.amr.credit.classification.RiskResult;
import cn.gov.amr.credit.classification.RiskResult.AppliedOverride;
import cn.gov.amr.credit.classification.RiskResult.IndicatorScore;
import cn.gov.amr.credit.classification.RiskResult.ProfessionalResult;
import cn.gov.amr.credit.classification.infrastructure.ResultRow;
import cn.gov.amr.credit.classification.model.EntityFacts;
import cn.gov.amr.credit.classification.model.Evaluation;
import cn.gov.amr.credit.classification.model.Evaluation.Scored;
import cn.gov.amr.credit.classification.model.IndicatorDef;
import cn.gov.amr.credit.classification.model.ModelDefinition;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Between evaluations, stored rows and the results the API hands out. */
final class ResultRows {

    private static final TypeReference<List<StoredProfessional>> PROFESSIONAL = new TypeReference<>() {
    };

    private ResultRows() {
    }

    /** A professional model's part as stored in the row's JSON. */
    record StoredProfessional(String model, int score, String riskClass, boolean decisive, List<BigDecimal> vals,
                              List<Integer> points) {
    }

    static ResultRow row(ModelSummary model, EntityFacts facts, Evaluation evaluation, Instant at, JsonMapper json) {
        var scored = evaluation.indicators();
        var values = scored.stream().map(Scored::value).toArray(BigDecimal[]::new);
        var points = scored.stream().mapToInt(Scored::points).toArray();
        String professional = evaluation.professional().isEmpty() ? null : json.writeValueAsString(
                evaluation.professional().stream().map(p -> new StoredProfessional(p.model(), p.score(), p.riskClass(),
                        p.decisive(), p.indicators().stream().map(Scored::value).toList(),
                        p.indicators().stream().map(Scored::points).toList())).toList());
        return new ResultRow(facts.code(), model.id(), evaluation.riskClass(), evaluation.generalClass(),
                evaluation.score(), values, points, evaluation.overrideIndex(), professional, facts.jurisdiction(),
                facts.kind() == null ? null : facts.kind().name(), section(facts.industryCode()), facts.regionCode(), at,
                reason(model.definition(), evaluation));
    }

    /** The reason of a class in the model's words: the override that decided, else the indicators that gave most points. */
    static String reason(ModelDefinition model, Evaluation evaluation) {
        if (evaluation.overrideIndex() != null) {
            return model.overrides().get(evaluation.overrideIndex()).name();
        }
        var decisive = evaluation.professional().stream().filter(Evaluation.ProfessionalEvaluation::decisive).findFirst();
        var parts = new ArrayList<String>();
        decisive.flatMap(p -> model.professional().stream().filter(d -> d.id().equals(p.model())).findFirst())
                .ifPresent(d -> parts.add(d.name()));
        IntStream.range(0, evaluation.indicators().size()).boxed()
                .filter(i -> evaluation.indicators().get(i).points() != 0)
                .sorted(Comparator.comparingInt((Integer i) -> -Math.abs(evaluation.indicators().get(i).points())))
                .limit(3)
                .forEach(i -> parts.add(line(model.indicators().get(i), evaluation.indicators().get(i))));
        return String.join("; ", parts);
    }

    static String line(IndicatorDef indicator, Scored scored) {
        boolean yesNo = indicator.unit().isEmpty();
        String points = (scored.points() > 0 ? "+" : "") + scored.points();
        return yesNo ? indicator.name() + " " + points
                : indicator.name() + " " + scored.value().stripTrailingZeros().toPlainString() + indicator.unit() + " " + points;
    }

    static RiskResult result(ResultRow row, ModelSummary model, JsonMapper json) {
        var definition = model.definition();
        var explanation = scores(definition.indicators(), row.values(), row.points());
        AppliedOverride override = null;
        if (row.overrideRule() != null && row.overrideRule() < definition.overrides().size()) {
            var rule = definition.overrides().get(row.overrideRule());
            override = new AppliedOverride(rule.name(), rule.effect().name(), rule.riskClass());
        }
        var professional = new ArrayList<ProfessionalResult>();
        if (row.professionalJson() != null) {
            Map<String, cn.gov.amr.credit.classification.model.ProfessionalDef> byId = definition.professional().stream()
                    .collect(Collectors.toMap(cn.gov.amr.credit.classification.model.ProfessionalDef::id, p -> p));
            for (var p : json.readValue(row.professionalJson(), PROFESSIONAL)) {
                var def = byId.get(p.model());
                if (def == null) {
                    continue;
                }
                professional.add(new ProfessionalResult(p.model(), def.name(), p.score(), p.riskClass(), p.decisive(),
                        scores(def.indicators(), p.vals().toArray(BigDecimal[]::new),
                                p.points().stream().mapToInt(Integer::intValue).toArray())));
            }
        }
        return new RiskResult(row.entityCode(), row.riskClass(), row.score(), model.id(), model.version(),
                row.classifiedAt(), row.generalClass(), explanation, override, professional);
    }

    private static List<IndicatorScore> scores(List<IndicatorDef> indicators, BigDecimal[] values, int[] points) {
        var scores = new ArrayList<IndicatorScore>();
        for (int i = 0; i < indicators.size() && i < values.length; i++) {
            var d = indicators.get(i);
            scores.add(new IndicatorScore(d.id(), d.name(), d.dimension().name(), values[i].stripTrailingZeros(),
                    d.unit(), points[i]));
        }
        return scores;
    }

    /** The industry section (门类) letter of a GB/T 4754 code such as H62, or null. */
    static String section(String industryCode) {
        return industryCode == null || industryCode.isEmpty() || !Character.isLetter(industryCode.charAt(0))
                ? null : industryCode.substring(0, 1);
    }
}
