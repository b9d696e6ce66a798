package cn.gov.amr.credit.lists;

import cn.gov.amr.credit.registry.EntityKind;

/**
 * A filter over one list's decisions; every criterion optional (null). {@code year} is the year of the
 * listing decision; {@code ground} an {@link AbnormalGround} or {@link DishonestField} name; {@code page}
 * counts from 1.
 */
public record ListingQuery(ListKind list, String code, ListingStatus status, Integer year, String jurisdiction,
                           String ground, EntityKind kind, int page, int size) {

    public static final int MAX_SIZE = 200;

    public ListingQuery {
        page = Math.max(1, page);
        size = Math.min(Math.max(1, size), MAX_SIZE);
    }
}
