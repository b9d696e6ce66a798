package cn.gov.amr.credit.registry.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Fragment search over Chinese names without a tokenizer: names and queries are normalised the same
 * way, each name is indexed by its character bigrams, and a query of two or more characters matches
 * a name whose bigrams contain all of the query's and which contains the query itself (the recheck).
 */
public final class SearchText {

    /** Separates the names of one entity in the searchable text; no query can contain it. */
    public static final String NAME_SEPARATOR = "\u0001";

    private SearchText() {
    }

    /** Trim, full-width to half-width, no white space, upper case. */
    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == 0x3000 || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                return;
            }
            if (c >= 0xFF01 && c <= 0xFF5E) {
                c -= 0xFEE0;
            }
            out.appendCodePoint(Character.toUpperCase(c));
        });
        return out.toString();
    }

    /** The distinct bigrams of a normalised text; a one-character text is its own single entry. */
    public static Set<String> bigrams(String normalized) {
        int[] points = normalized.codePoints().toArray();
        var result = new LinkedHashSet<String>();
        if (points.length == 1) {
            result.add(normalized);
        }
        for (int i = 0; i + 1 < points.length; i++) {
            result.add(new String(points, i, 2));
        }
        return result;
    }

    /** The bigrams of all of an entity's names. */
    public static List<String> bigramsOfNames(List<String> names) {
        var result = new LinkedHashSet<String>();
        names.forEach(n -> result.addAll(bigrams(normalize(n))));
        return new ArrayList<>(result);
    }

    /**
     * The grams whose matches are counted: the bigrams and trigrams of all of an entity's names.
     * An entity contains a two- or three-character fragment exactly when it has that gram.
     */
    public static Set<String> countedGramsOfNames(List<String> names) {
        var result = new LinkedHashSet<String>(bigramsOfNames(names));
        for (String name : names) {
            int[] points = normalize(name).codePoints().toArray();
            for (int i = 0; i + 2 < points.length; i++) {
                result.add(new String(points, i, 3));
            }
        }
        return result;
    }

    /** All names joined for the recheck, normalised. */
    public static String searchable(List<String> names) {
        return String.join(NAME_SEPARATOR, names.stream().map(SearchText::normalize).toList());
    }

    /** A LIKE pattern matching the fragment anywhere, with LIKE's wildcards escaped. */
    public static String containsPattern(String normalizedFragment) {
        return "%" + normalizedFragment.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    public static int length(String normalized) {
        return normalized.codePointCount(0, normalized.length());
    }
}
