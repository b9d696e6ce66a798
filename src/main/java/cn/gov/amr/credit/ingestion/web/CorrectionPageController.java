package cn.gov.amr.credit.ingestion.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.gov.amr.credit.ingestion.Batch;
import cn.gov.amr.credit.ingestion.Ingestion;
import cn.gov.amr.credit.ingestion.application.Quarantine;
import cn.gov.amr.credit.ingestion.application.QuarantinedRow;
import cn.gov.amr.credit.ingestion.application.RowError;
import cn.gov.amr.credit.ingestion.model.FieldSpec;
import cn.gov.amr.credit.ingestion.model.RecordSchemas;
import cn.gov.amr.credit.platform.FieldMessages;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The correction of a quarantined row: the row as sent with its errors, resubmitted or dismissed. */
@Controller
@PreAuthorize(IngestionPages.STAFF)
class CorrectionPageController {

    private final Ingestion ingestion;
    private final Quarantine quarantine;
    private final RowErrorMessages rowMessages;
    private final MessageSource messages;

    CorrectionPageController(Ingestion ingestion, Quarantine quarantine, RowErrorMessages rowMessages,
                             MessageSource messages) {
        this.ingestion = ingestion;
        this.quarantine = quarantine;
        this.rowMessages = rowMessages;
        this.messages = messages;
    }

    /** One field of the correction form: the value as sent (personal IDs masked) and its errors. */
    record FieldLine(String name, String label, String value, boolean required, boolean personal,
                     List<String> errors) {
    }

    @GetMapping("/workbench/ingestion/quarantine/{id}")
    String correction(@PathVariable long id, Model model, Locale locale) {
        return correctionPage(quarantine.quarantinedRow(id), null, model, locale);
    }

    @PostMapping("/workbench/ingestion/quarantine/{id}")
    @PreAuthorize(IngestionPages.WRITERS)
    String resubmit(@PathVariable long id, @RequestParam Map<String, String> form, Model model, Locale locale,
                    RedirectAttributes redirect) {
        QuarantinedRow row = quarantine.quarantinedRow(id);
        var values = new LinkedHashMap<String, String>();
        for (FieldSpec field : RecordSchemas.of(row.kind()).fields()) {
            if (form.containsKey(field.name())) {
                values.put(field.name(), form.get(field.name()));
            }
        }
        try {
            Batch batch = quarantine.resubmit(id, values);
            redirect.addFlashAttribute("corrected", row.row());
            return "redirect:/workbench/ingestion/batches/" + batch.id();
        } catch (Refusal refusal) {
            IngestionPages.rethrowUnlessForTheForm(refusal);
            return correctionPage(quarantine.quarantinedRow(id), FieldMessages.refusal(messages, refusal, locale),
                    model, locale);
        }
    }

    @PostMapping("/workbench/ingestion/quarantine/{id}/dismissal")
    @PreAuthorize(IngestionPages.WRITERS)
    String dismiss(@PathVariable long id, RedirectAttributes redirect) {
        QuarantinedRow row = quarantine.dismiss(id);
        redirect.addFlashAttribute("dismissed", row.row());
        return "redirect:/workbench/ingestion/batches/" + row.batchId();
    }

    private String correctionPage(QuarantinedRow row, String error, Model model, Locale locale) {
        Batch batch = ingestion.batch(row.batchId());
        var schema = RecordSchemas.of(row.kind());
        var byField = new HashMap<String, List<String>>();
        var rowErrors = new ArrayList<String>();
        for (RowError e : row.errors()) {
            String text = FieldMessages.field(messages, e.code(), e.arguments(), locale);
            if (e.field() != null && schema.field(e.field()).isPresent()) {
                byField.computeIfAbsent(e.field(), f -> new ArrayList<>()).add(text);
            } else {
                rowErrors.add(rowMessages.message(row.kind(), e, locale));
            }
        }
        var fields = schema.fields().stream()
                .map(f -> new FieldLine(f.name(), rowMessages.label(row.kind(), f.name(), locale),
                        row.values().get(f.name()), f.required(), f.personal(),
                        byField.getOrDefault(f.name(), List.of())))
                .toList();
        model.addAttribute("row", row);
        model.addAttribute("batch", batch);
        model.addAttribute("fields", fields);
        model.addAttribute("rowErrors", rowErrors);
        model.addAttribute("formError", error);
        return "ingestion/correction";
    }
}
