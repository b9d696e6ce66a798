package cn.gov.amr.credit.demo.departments;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/** Picks items at random in proportion to their weights. */
final class WeightedChoice<T> {

    private final List<T> items;
    private final double[] cumulative;

    private WeightedChoice(List<T> items, double[] cumulative) {
        this.items = items;
        this.cumulative = cumulative;
    }

    static <T> WeightedChoice<T> of(List<T> items, ToDoubleFunction<T> weight) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        double[] cumulative = new double[items.size()];
        double total = 0;
        for (int i = 0; i < items.size(); i++) {
            total += weight.applyAsDouble(items.get(i));
            cumulative[i] = total;
        }
        return new WeightedChoice<>(List.copyOf(items), cumulative);
    }

    /** Rows of a vocabulary section weighted by their column {@code column}. */
    static WeightedChoice<String[]> rows(List<String[]> rows, int column) {
        return of(rows, r -> Double.parseDouble(r[column]));
    }

    /** The same weights for other items. */
    <R> WeightedChoice<R> map(Function<T, R> mapping) {
        return new WeightedChoice<>(items.stream().map(mapping).toList(), cumulative);
    }

    T pick(Random random) {
        double r = random.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length; i++) {
            if (r < cumulative[i]) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }
}
