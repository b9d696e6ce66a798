package cn.gov.amr.credit.shared;

import java.util.List;
import java.util.function.Function;

/**
 * The one envelope of every list the API answers: a page of {@code items} and where it sits.
 * {@code page} counts from 1; {@code size} is the page size asked for (a list that is not paged
 * answers all its items as page 1, {@code size} then being their number); {@code total} counts every
 * item matching, exactly unless {@code totalCapped}, when it is a lower bound (counting stopped
 * there). {@code items} is never null.
 *
 * @param <T> the item type
 */
public record Paged<T>(List<T> items, int page, int size, long total, boolean totalCapped) {

    public Paged {
        items = List.copyOf(items);
    }

    /** A page whose total is exact. */
    public static <T> Paged<T> of(List<T> items, int page, int size, long total) {
        return new Paged<>(items, page, size, total, false);
    }

    /** A whole list that is not paged: page 1 holding every item. */
    public static <T> Paged<T> whole(List<T> items) {
        return new Paged<>(items, 1, items.size(), items.size(), false);
    }

    /** The same page with its items mapped one to one. */
    public <R> Paged<R> map(Function<? super T, ? extends R> mapper) {
        return new Paged<>(items.stream().<R>map(mapper).toList(), page, size, total, totalCapped);
    }
}
