package cn.gov.amr.credit.ingestion.web;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.model.FieldSpec;
import cn.gov.amr.credit.ingestion.model.RecordSchemas;
import cn.gov.amr.credit.shared.LegalTime;
import org.springframework.stereotype.Component;

/**
 * Helpers of the workbench templates of aggregation and the credit file ({@code @ingestionPageView} in
 * Thymeleaf): the fields of a record kind in the order of its schema, their names in the reader's
 * language (the national Chinese label in Chinese, the English field name otherwise) and instants
 * as local time of day.
 */
@Component("ingestionPageView")
public class IngestionPageView {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private final RowErrorMessages messages;

    IngestionPageView(RowErrorMessages messages) {
        this.messages = messages;
    }

    /** English names of the kind's fields in schema order. */
    public List<String> fields(RecordKind kind) {
        return RecordSchemas.of(kind).fields().stream().map(FieldSpec::name).toList();
    }

    /** Whether the field holds personal data (shown masked). */
    public boolean personal(RecordKind kind, String field) {
        return RecordSchemas.of(kind).field(field).map(FieldSpec::personal).orElse(false);
    }

    /** The field's name for the reader; the row itself (no field) is an empty name. */
    public String label(RecordKind kind, String field, Locale locale) {
        return field == null ? "" : messages.label(kind, field, locale);
    }

    /** The instant in China Standard Time, to the second. */
    public String time(Instant instant) {
        return instant == null ? "" : TIME.format(LegalTime.local(instant));
    }

    /** A share (0 to 1) as a percentage with one decimal. */
    public String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }
}
