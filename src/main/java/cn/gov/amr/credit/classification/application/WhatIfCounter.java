package cn.gov.amr.credit.classification.application;

import cn.gov.amr.credit.classification.RiskResult;
import cn.gov.amr.credit.classification.infrastructure.ResultRow;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Counts a what-if as it goes: entities per class under the model and now, moves from class to class,
 * and a sample of movers (up to {@value #PER_MOVE} per pair of classes, {@value #SAMPLE} in all) with the
 * model's result.
 */
final class WhatIfCounter {

    static final String UNCLASSIFIED = "UNCLASSIFIED";
    private static final int PER_MOVE = 3;
    private static final int SAMPLE = 30;

    private final Map<String, Long> distribution = new LinkedHashMap<>();
    private final Map<String, Long> current = new LinkedHashMap<>();
    private final Map<String, Map<String, Long>> moves = new LinkedHashMap<>();
    private final Map<String, Integer> sampledPerMove = new HashMap<>();
    private final List<Sampled> sample = new ArrayList<>();

    /** A mover kept for the sample: code, name, the model's result. */
    record Sampled(String code, String name, RiskResult proposed) {
    }

    WhatIfCounter(List<String> letters) {
        letters.forEach(l -> {
            distribution.put(l, 0L);
            current.put(l, 0L);
        });
        current.put(UNCLASSIFIED, 0L);
    }

    void count(String was, ResultRow row, String name, Supplier<RiskResult> proposed) {
        String from = was == null ? UNCLASSIFIED : was;
        String to = row.riskClass();
        distribution.merge(to, 1L, Long::sum);
        current.merge(from, 1L, Long::sum);
        moves.computeIfAbsent(from, f -> new LinkedHashMap<>()).merge(to, 1L, Long::sum);
        if (!from.equals(to) && sample.size() < SAMPLE && sampledPerMove.merge(from + ">" + to, 1, Integer::sum) <= PER_MOVE) {
            sample.add(new Sampled(row.entityCode(), name, proposed.get()));
        }
    }

    Map<String, Long> distribution() {
        return distribution;
    }

    Map<String, Long> current() {
        return current;
    }

    Map<String, Map<String, Long>> moves() {
        return moves;
    }

    List<Sampled> sample() {
        return sample;
    }
}
