package cn.gov.amr.credit.registry;

import java.util.List;

import cn.gov.amr.credit.shared.Paged;

/**
 * One page of a search. {@code total} is exact unless {@code totalCapped}: a name-fragment search
 * stops counting at {@link #COUNT_CAP} matches. The API answers it in the one paging envelope,
 * {@link #paged}.
 */
public record EntityPage(List<MarketEntity> items, long total, boolean totalCapped) {

    public static final int COUNT_CAP = 10_000;

    /** This page in the paging envelope every list endpoint answers, as page {@code page} of {@code size}. */
    public Paged<MarketEntity> paged(int page, int size) {
        return new Paged<>(items, page, size, total, totalCapped);
    }
}
