package cn.gov.amr.credit.ingestion.model;

import java.time.LocalDate;
import java.util.Map;

/**
 * Normalises and validates one row of one kind: required fields, lengths, dates in the accepted
 * formats (no impossible dates, no decision in the future), amounts, choices (label or code),
 * identifiers with their check characters; then the row as a whole (dates in order, no natural person,
 * some identifier of the party). Each check is a small named class ({@link FieldChecks} lists them);
 * this class runs them in order. Matching to an entity comes after, in {@link EntityMatcher}.
 */
public final class RowChecker {

    /** Longest text value taken in. */
    public static final int MAX_TEXT = LengthCheck.MAX_TEXT;
    /** Longest number-like value (document, case and task numbers). */
    public static final int MAX_NUMBER_TEXT = LengthCheck.MAX_NUMBER_TEXT;
    /** Code of a natural person in the party-type choices. */
    static final String NATURAL_PERSON_CODE = NaturalPersonCheck.NATURAL_PERSON_CODE;

    private final RecordSchema schema;
    /** One set per checker: a checker serves one batch, one thread. */
    private final FieldChecks checks;

    public RowChecker(RecordSchema schema, LocalDate today) {
        this.schema = schema;
        this.checks = new FieldChecks(schema, today);
    }

    public RecordSchema schema() {
        return schema;
    }

    /** Checks a row given as raw text by field name (fields the kind does not know are ignored). */
    public CheckedRow check(int rowNumber, Map<String, String> raw) {
        var row = new RowDraft(schema);
        for (FieldSpec field : schema.fields()) {
            String value = normalised(field, raw.get(field.name()));
            for (FieldCheck check : checks.of(field.type())) {
                value = check.check(field, value, row);
                if (value == null) {
                    break;
                }
            }
            if (value != null) {
                row.accept(field, value);
            }
        }
        for (RowCheck check : FieldChecks.ROW_CHECKS) {
            check.check(row);
        }
        return new CheckedRow(rowNumber, row.values, row.problems, row.values.get(schema.naturalKey()), row.party(),
                row.dates.get(schema.decidedOn()), schema.validUntil() == null ? null : row.dates.get(schema.validUntil()));
    }

    /** The label {@code text} names among a choice field's choices (the label itself or a code); null when none. */
    static String label(FieldSpec field, String text) {
        return ChoiceLabels.label(field, text);
    }

    /** Free text keeps its inner spaces; dates and numbers are made ASCII; codes and choices lose all spaces. */
    private static String normalised(FieldSpec field, String raw) {
        return switch (field.type()) {
            case TEXT -> TextNormalizer.text(raw);
            case DATE, AMOUNT, INTEGER, YEAR -> TextNormalizer.ascii(raw);
            default -> TextNormalizer.compact(raw);
        };
    }
}
