package cn.gov.amr.credit.disclosure;

import java.util.List;

/** A page of public search results; {@code total} is exact unless {@code totalCapped}. */
public record PublicSearchPage(List<PublicEntitySummary> items, int page, int size, long total, boolean totalCapped) {
}
