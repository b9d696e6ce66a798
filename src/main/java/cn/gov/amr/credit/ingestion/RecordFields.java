package cn.gov.amr.credit.ingestion;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import cn.gov.amr.credit.ingestion.model.FieldSpec;
import cn.gov.amr.credit.ingestion.model.RecordSchemas;

/** Facts about record fields other modules may rely on: the national codes of the choices a record holds. */
public final class RecordFields {

    private RecordFields() {
    }

    /** A field's national name (行政处罚决定书文号 …), or the field's own name if the kind has no such field. */
    public static String label(RecordKind kind, String field) {
        return RecordSchemas.of(kind).field(field).map(FieldSpec::label).orElse(field);
    }

    /**
     * The codes of the choices stored in a field (labels joined by {@code ;}), e.g. the penalty categories
     * {@code 警告;罚款} → {@code 01, 03}. Labels without a code are left out.
     */
    public static Set<String> choiceCodes(RecordKind kind, String field, String storedValue) {
        var codes = new LinkedHashSet<String>();
        if (storedValue == null || storedValue.isBlank()) {
            return codes;
        }
        Map<String, String> choices = RecordSchemas.of(kind).field(field).map(FieldSpec::choices).orElse(Map.of());
        Arrays.stream(storedValue.split(";")).map(String::strip).map(choices::get).filter(c -> c != null)
                .forEach(codes::add);
        return codes;
    }
}
