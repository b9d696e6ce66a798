package cn.gov.amr.credit.demo.city;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Picks items at random in proportion to their weights. */
final class Weighted<T> {

    private final List<T> items = new ArrayList<>();
    private final List<Integer> cumulative = new ArrayList<>();
    private int total;

    Weighted<T> add(T item, int weight) {
        if (weight > 0) {
            total += weight;
            items.add(item);
            cumulative.add(total);
        }
        return this;
    }

    T pick(Random random) {
        int r = random.nextInt(total);
        for (int i = 0; i < cumulative.size(); i++) {
            if (r < cumulative.get(i)) {
                return items.get(i);
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
