package cn.gov.amr.credit.registry;

import java.util.List;

/**
 * One page of a search. {@code total} is exact unless {@code totalCapped}: a name-fragment search
 * stops counting at {@link #COUNT_CAP} matches.
 */
public record EntityPage(List<MarketEntity> items, long total, boolean totalCapped) {

    public static final int COUNT_CAP = 10_000;
}
