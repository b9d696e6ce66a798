package cn.gov.amr.credit.lists;

/** One row of the lists' statistics: a key (month 1–12, entity kind, ground or jurisdiction) and its counts. */
public record ListCount(String key, long listings, long removals) {
}
