package cn.gov.amr.credit.ingestion.schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import cn.gov.amr.credit.ingestion.RecordKind;

/**
 * The values of one record of one kind, read by field with their types: an amount as a
 * {@link BigDecimal}, a date as a {@link LocalDate}, a choice as the set of its national codes, any
 * field as text. An empty value reads as empty. Asking for a field of another kind, or for a reading
 * its type does not have (an amount of a text field), is a programming error
 * ({@link IllegalArgumentException}). Values come as ingestion hands them out: personal data masked.
 */
public final class RecordValues {

    private static final BigDecimal YUAN_PER_WAN = new BigDecimal(10_000);

    private final RecordKind kind;
    private final Map<String, String> stored;

    private RecordValues(RecordKind kind, Map<String, String> stored) {
        this.kind = kind;
        this.stored = stored;
    }

    /** A reader over a record's stored values (field name to text, as in {@code CreditRecord.fields()}). */
    public static RecordValues of(RecordKind kind, Map<String, String> stored) {
        return new RecordValues(kind, stored == null ? Map.of() : stored);
    }

    public RecordKind kind() {
        return kind;
    }

    /** The value as stored (trimmed, normalised text; ISO dates; plain decimals; choice labels). */
    public Optional<String> text(RecordField field) {
        check(field);
        return Optional.ofNullable(stored.get(field.name())).filter(v -> !v.isBlank());
    }

    /** An {@link ValueType#AMOUNT} in 万元 (ten thousand yuan), as the exchange format gives it. */
    public Optional<BigDecimal> amount(RecordField field) {
        return typed(field, ValueType.AMOUNT).map(BigDecimal::new);
    }

    /** An {@link ValueType#AMOUNT} in yuan (the stored 万元 times 10,000). */
    public Optional<BigDecimal> yuan(RecordField field) {
        return amount(field).map(a -> a.multiply(YUAN_PER_WAN));
    }

    /** A {@link ValueType#DATE}. */
    public Optional<LocalDate> date(RecordField field) {
        return typed(field, ValueType.DATE).map(LocalDate::parse);
    }

    /** An {@link ValueType#INTEGER} or a {@link ValueType#YEAR}. */
    public Optional<Long> number(RecordField field) {
        check(field);
        if (field.type() != ValueType.INTEGER && field.type() != ValueType.YEAR) {
            throw new IllegalArgumentException(field + " is " + field.type() + ", not a number");
        }
        return text(field).map(Long::parseLong);
    }

    /**
     * The national codes of the choices a {@link ValueType#CHOICE} or {@link ValueType#CHOICES} field
     * holds, in the order stored (e.g. the penalty categories 警告;罚款 → {@code 01, 03}); a label
     * without a code is left out; empty when the field is.
     */
    public Set<String> choiceCodes(RecordField field) {
        check(field);
        if (!field.type().isChoice()) {
            throw new IllegalArgumentException(field + " is " + field.type() + ", not a choice");
        }
        var codes = new LinkedHashSet<String>();
        var choices = field.spec().choices();
        text(field).ifPresent(value -> Arrays.stream(value.split(";")).map(String::strip).map(choices::get)
                .filter(c -> c != null).forEach(codes::add));
        return codes;
    }

    private Optional<String> typed(RecordField field, ValueType type) {
        check(field);
        if (field.type() != type) {
            throw new IllegalArgumentException(field + " is " + field.type() + ", not " + type);
        }
        return text(field);
    }

    private void check(RecordField field) {
        if (field.kind() != kind) {
            throw new IllegalArgumentException(field + " is not a field of " + kind);
        }
    }
}
