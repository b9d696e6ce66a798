package cn.gov.amr.credit.ingestion.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.ingestion.schema.ValueType;

/**
 * The checks of one record kind's fields, in one place: for each {@link ValueType}, presence, length, then
 * the check of the type; and the row checks, in the order they run. A new check is one more class here.
 */
final class FieldChecks {

    /** Free text and document numbers: taken as normalised. */
    static final FieldCheck AS_NORMALISED = (field, text, row) -> text;

    private static final FieldCheck PRESENCE = new PresenceCheck();
    private static final FieldCheck LENGTH = new LengthCheck();

    /** Row checks, in order: dates in order, no natural person, then (only on a clean row) a party identifier. */
    static final List<RowCheck> ROW_CHECKS = List.of(new DateOrderCheck(), new NaturalPersonCheck(),
            new PartyIdentifierCheck());

    private final Map<ValueType, List<FieldCheck>> byType = new EnumMap<>(ValueType.class);

    /** The checks for a kind's fields on {@code today} (one instance per checker: choices are indexed once). */
    FieldChecks(RecordSchema schema, LocalDate today) {
        var labels = new ChoiceLabels();
        for (ValueType type : ValueType.values()) {
            FieldCheck typeCheck = switch (type) {
                case TEXT, NUMBER_TEXT -> AS_NORMALISED;
                case DATE -> new DateCheck(schema.decidedOn(), today);
                case AMOUNT -> new AmountCheck();
                case INTEGER -> new IntegerCheck();
                case YEAR -> new YearCheck(today);
                case CHOICE -> new ChoiceCheck(labels);
                case CHOICES -> new ChoicesCheck(labels);
                case CREDIT_CODE -> new CreditCodeCheck(schema.creditCode());
                case ORGANISATION_CODE -> IdentifierCodeCheck.organisationCode();
                case REGISTRATION_NUMBER -> IdentifierCodeCheck.registrationNumber();
                case PERSONAL_ID -> new PersonalIdCheck();
                case PARTY_ID -> new PartyIdCheck();
            };
            byType.put(type, List.of(PRESENCE, LENGTH, typeCheck));
        }
    }

    /** The checks a field of this type passes, in order. */
    List<FieldCheck> of(ValueType type) {
        return byType.get(type);
    }
}
