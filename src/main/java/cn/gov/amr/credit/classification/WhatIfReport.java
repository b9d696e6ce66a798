package cn.gov.amr.credit.classification;

import java.util.List;
import java.util.Map;

/**
 * A model tried over the register against the current classes: entities per letter under the model
 * ({@code distribution}) and now ({@code current}; {@code UNCLASSIFIED} for entities without a class),
 * how many move from which class to which ({@code moves.get(from).get(to)}, the unchanged included), and
 * a sample of movers with both explanations.
 */
public record WhatIfReport(long runId, long modelId, int modelVersion, long activeModelId, int activeModelVersion,
                           Map<String, Long> distribution, Map<String, Long> current,
                           Map<String, Map<String, Long>> moves, List<Mover> sample) {

    /** An entity whose class the model changes, with the current and the proposed result. */
    public record Mover(String entityCode, String entityName, RiskResult current, RiskResult proposed) {
    }
}
