package cn.gov.amr.credit.disclosure.model;

import java.util.List;

/**
 * A page of the change feed; ask again with {@code since=nextCursor} (the same cursor when nothing is new).
 * A cursor feed has no page number and no total: it grows while it is read, so a consumer reads until a
 * page comes back with fewer than {@code size} items. {@code size} is the page size applied (the one
 * asked for, within 1 to 1000).
 */
public record PublicChangePage(List<PublicChange> items, int size, String nextCursor) {
}
