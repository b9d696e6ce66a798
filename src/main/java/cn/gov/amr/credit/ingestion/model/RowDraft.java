package cn.gov.amr.credit.ingestion.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.shared.Checked;
import cn.gov.amr.credit.shared.IdentifierProblem;

/**
 * One row while its checks run: the values accepted so far (schema order), the problems in the order
 * found, the dates read, and what the identifier fields say about the party. Used by one thread.
 */
final class RowDraft {

    final RecordSchema schema;
    final Map<String, String> values = new LinkedHashMap<>();
    final List<RowProblem> problems = new ArrayList<>();
    final Map<String, LocalDate> dates = new LinkedHashMap<>();
    /** The value of the schema's credit-code field, once accepted. */
    String creditCode;
    /** A credit code read from a dishonest debtor's identifier. */
    String partyIdCode;
    /** An organisation code read from a dishonest debtor's identifier. */
    String partyIdOrganisation;
    /** Whether a party credit code was kept although only its check character fails. */
    boolean suspect;

    RowDraft(RecordSchema schema) {
        this.schema = schema;
    }

    /** Reports a problem of {@code field}; returns null, so that a check can stop with {@code return row.problem(…)}. */
    String problem(FieldSpec field, String code, Object... arguments) {
        problems.add(RowProblem.of(field.name(), code, arguments));
        return null;
    }

    /**
     * Reports the first problem of an identifier. A personal ID number's problem never repeats a run of its
     * digits (a birth date, say): positions and single characters (an expected check character) only.
     */
    String identifierProblem(FieldSpec field, Checked<?> checked) {
        IdentifierProblem first = checked.errors().get(0);
        List<Object> arguments = field.personal()
                ? first.arguments().stream().map(a -> a instanceof String t && t.length() > 1 ? (Object) "*" : a).toList()
                : first.arguments();
        problems.add(new RowProblem(field.name(), first.code(), arguments));
        return null;
    }

    /** Keeps a field's final value (and notes it when it is the party's credit code). */
    void accept(FieldSpec field, String value) {
        values.put(field.name(), value);
        if (field.name().equals(schema.creditCode())) {
            creditCode = value;
        }
    }

    private PartyIdentifiers party;

    /** What the row says about its party, normalised for matching (read once every field is checked). */
    PartyIdentifiers party() {
        if (party == null) {
            party = new PartyIdentifiers(creditCode != null ? creditCode : partyIdCode, suspect,
                    valueOf(schema.registrationNumber()),
                    schema.organisationCode() != null ? valueOf(schema.organisationCode()) : partyIdOrganisation,
                    nameOf(schema.partyName()), nameOf(schema.legalRepresentative()));
        }
        return party;
    }

    private String nameOf(String roleField) {
        String value = valueOf(roleField);
        return value == null ? null : TextNormalizer.name(value);
    }

    /** The accepted value of the field playing a role, or null (no such role, or no value). */
    String valueOf(String roleField) {
        return roleField == null ? null : values.get(roleField);
    }
}
