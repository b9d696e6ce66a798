package cn.gov.amr.credit.demo.departments;

import java.util.Map;

import cn.gov.amr.credit.ingestion.model.FieldSpec;
import cn.gov.amr.credit.ingestion.model.RecordSchema;

/** Labels of the schemas' choices by their national codes, so the vocabulary never repeats a label list. */
final class Choices {

    private Choices() {
    }

    /** The label whose code is {@code code} (leading zeros do not matter). */
    static String label(RecordSchema schema, String field, String code) {
        long wanted = Long.parseLong(code.strip());
        for (Map.Entry<String, String> choice : schema.require(field).choices().entrySet()) {
            if (choice.getValue() != null && Long.parseLong(choice.getValue()) == wanted) {
                return choice.getKey();
            }
        }
        throw new IllegalArgumentException(schema.kind() + "." + field + " has no choice coded " + code);
    }

    /** The code of {@code label}. */
    static String code(FieldSpec field, String label) {
        String code = field.choices().get(label);
        if (code == null) {
            throw new IllegalArgumentException(field.name() + " has no choice " + label);
        }
        return code;
    }
}
