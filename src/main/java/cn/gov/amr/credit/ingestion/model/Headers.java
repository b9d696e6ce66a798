package cn.gov.amr.credit.ingestion.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.gov.amr.credit.ingestion.schema.ValueType;

/**
 * Resolves a file's header row to field names: national labels, national field codes and their
 * 2016-era aliases, English names, and a department's own mapping for non-standard files. Headers
 * are compared after removing white space and brackets' width differences and upper-casing.
 */
public final class Headers {

    private Headers() {
    }

    /** The form headers are compared in. */
    public static String normalize(String header) {
        if (header == null) {
            return "";
        }
        var out = new StringBuilder(header.length());
        header.codePoints().forEach(c -> {
            if (c == '\uFEFF' || Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '*') {
                return;
            }
            int half = TextNormalizer.halfWidth(c);
            if (half == '（') {
                half = '(';
            } else if (half == '）') {
                half = ')';
            }
            out.appendCodePoint(Character.toUpperCase(half));
        });
        return out.toString();
    }

    /**
     * The field each column holds (null for a column the platform does not take in, which is
     * dropped: e.g. a complainant's name). A second column for the same field is dropped too, except
     * for fields of several choices (2016 files split 处罚类别 into CF_CFLB1 and CF_CFLB2): their
     * columns are joined.
     *
     * @param mapping a department's mapping from its own header text to field names (may be empty)
     */
    public static List<String> resolve(RecordSchema schema, List<String> header, Map<String, String> mapping) {
        var index = schema.headerIndex();
        var custom = new java.util.HashMap<String, String>();
        mapping.forEach((from, to) -> custom.put(normalize(from), to));
        var columns = new ArrayList<String>(header.size());
        var seen = new java.util.HashSet<String>();
        for (String cell : header) {
            String key = normalize(cell);
            String field = Optional.ofNullable(custom.get(key)).orElse(index.get(key));
            boolean several = field != null && schema.field(field).map(f -> f.type() == ValueType.CHOICES).orElse(false);
            if (field != null && schema.field(field).isPresent() && (seen.add(field) || several)) {
                columns.add(field);
            } else {
                columns.add(null);
            }
        }
        return columns;
    }

    /** Required fields no column holds. */
    public static List<FieldSpec> missing(RecordSchema schema, List<String> columns) {
        return schema.requiredFields().stream().filter(f -> !columns.contains(f.name())).toList();
    }
}
