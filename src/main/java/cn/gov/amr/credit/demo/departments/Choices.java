package cn.gov.amr.credit.demo.departments;

import cn.gov.amr.credit.ingestion.schema.Choice;
import cn.gov.amr.credit.ingestion.schema.RecordField;

/** Labels of the schemas' choices by their national codes, so the vocabulary never repeats a label list. */
final class Choices {

    private Choices() {
    }

    /** The label whose code is {@code code} (leading zeros do not matter). */
    static String label(RecordField field, String code) {
        long wanted = Long.parseLong(code.strip());
        for (Choice choice : field.choices()) {
            if (choice.code() != null && Long.parseLong(choice.code()) == wanted) {
                return choice.label();
            }
        }
        throw new IllegalArgumentException(field + " has no choice coded " + code);
    }

    /** The code of {@code label}. */
    static String code(RecordField field, String label) {
        for (Choice choice : field.choices()) {
            if (choice.label().equals(label) && choice.code() != null) {
                return choice.code();
            }
        }
        throw new IllegalArgumentException(field.name() + " has no choice " + label);
    }
}
