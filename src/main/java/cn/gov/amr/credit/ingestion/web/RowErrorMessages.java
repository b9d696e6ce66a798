package cn.gov.amr.credit.ingestion.web;

import java.util.Locale;

import cn.gov.amr.credit.ingestion.BatchWarning;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.application.RowError;
import cn.gov.amr.credit.ingestion.model.FieldSpec;
import cn.gov.amr.credit.ingestion.model.RecordSchemas;
import cn.gov.amr.credit.platform.FieldMessages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A row error as a sentence: the field's national name (Chinese) or English name, then the message. */
@Component
class RowErrorMessages {

    /** A row error for the API and the pages: {@code message} in the reader's language. */
    record Entry(long quarantineId, int row, String field, String code, String message) {
    }

    private final MessageSource messages;

    RowErrorMessages(MessageSource messages) {
        this.messages = messages;
    }

    Entry entry(RecordKind kind, RowError error, Locale locale) {
        return new Entry(error.quarantineId(), error.row(), error.field(), error.code(), message(kind, error, locale));
    }

    String message(RecordKind kind, RowError error, Locale locale) {
        String text = FieldMessages.field(messages, error.code(), error.arguments(), locale);
        if (error.field() == null) {
            return text;
        }
        String label = label(kind, error.field(), locale);
        return messages.getMessage("ingestion.error.format", new Object[] {label, text}, label + ": " + text, locale);
    }

    /** Why a batch failed, e.g. INTERRUPTED or COLUMNS_MISSING. */
    String failure(String code, Locale locale) {
        return code == null ? null : messages.getMessage("problem." + code, new Object[] {""}, code, locale);
    }

    /** What the sender of a completed batch should know, e.g. NO_ROWS; null for none. */
    String warning(BatchWarning code, Locale locale) {
        return code == null ? null : messages.getMessage("ingestion.warning." + code.name(), null, code.name(), locale);
    }

    String label(RecordKind kind, String field, Locale locale) {
        boolean chinese = locale == null || "zh".equals(locale.getLanguage());
        return RecordSchemas.of(kind).field(field).map(f -> chinese ? f.label() : englishLabel(f)).orElse(field);
    }

    private static String englishLabel(FieldSpec field) {
        return field.name();
    }
}
