package cn.gov.amr.credit.registry;

/**
 * A search of the register. {@code q} matches a credit code, a registration number, an
 * organisation code, a fragment of two or more characters of a current or former name, or a legal
 * representative's full name; null filters are ignored. {@code page} counts from 1, {@code size} is
 * at most 100.
 */
public record EntityQuery(String q, EntityKind kind, EntityStatus status, String jurisdiction, int page, int size) {

    public static final int MAX_SIZE = 100;

    public EntityQuery {
        page = Math.max(1, page);
        size = Math.min(Math.max(1, size), MAX_SIZE);
    }
}
