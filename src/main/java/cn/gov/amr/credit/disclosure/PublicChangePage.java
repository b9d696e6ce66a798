package cn.gov.amr.credit.disclosure;

import java.util.List;

/** A page of the change feed; ask again with {@code since=nextCursor} (the same cursor when nothing is new). */
public record PublicChangePage(List<PublicChange> items, String nextCursor) {
}
