package cn.gov.amr.credit.ingestion;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

import cn.gov.amr.credit.ingestion.schema.RecordField;
import cn.gov.amr.credit.ingestion.schema.RecordValues;

/**
 * A current record as a rule reads it ({@link CreditRecords#forRules}): whose it is, its kind, natural
 * key, decision date and end of validity (null when the kind has none or the record gives none), and its
 * values read by field with their types ({@code record.amount(PenaltyFields.FINE_AMOUNT)}). Personal
 * data is masked, as everywhere ingestion hands records out.
 */
public record TypedRecord(String entityCode, RecordKind kind, String naturalKey, LocalDate decidedOn,
                          LocalDate validUntil, RecordValues values) {

    public Optional<String> text(RecordField field) {
        return values.text(field);
    }

    /** In 万元, as the exchange format gives it ({@link RecordValues#amount}). */
    public Optional<BigDecimal> amount(RecordField field) {
        return values.amount(field);
    }

    public Optional<BigDecimal> yuan(RecordField field) {
        return values.yuan(field);
    }

    public Optional<LocalDate> date(RecordField field) {
        return values.date(field);
    }

    public Optional<Long> number(RecordField field) {
        return values.number(field);
    }

    public Set<String> choiceCodes(RecordField field) {
        return values.choiceCodes(field);
    }

    /** The same record without its values, as flags read it. */
    public RecordFact fact() {
        return new RecordFact(entityCode, kind, naturalKey, decidedOn, validUntil);
    }
}
