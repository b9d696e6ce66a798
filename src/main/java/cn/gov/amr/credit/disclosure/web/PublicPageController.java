package cn.gov.amr.credit.disclosure.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.gov.amr.credit.disclosure.application.Objections;
import cn.gov.amr.credit.disclosure.application.PublicCredit;
import cn.gov.amr.credit.disclosure.model.PublicRecord;
import cn.gov.amr.credit.disclosure.model.PublicSection;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.schema.KindSchema;
import cn.gov.amr.credit.ingestion.schema.RecordField;
import cn.gov.amr.credit.platform.FieldMessages;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityPage;
import cn.gov.amr.credit.shared.Refusal;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The public portal's search and credit report pages: no sign-in. */
@Controller
class PublicPageController {

    private static final int PAGE_SIZE = 20;
    private final PublicCredit credit;
    private final Objections objections;
    private final MessageSource messages;

    PublicPageController(PublicCredit credit, Objections objections, MessageSource messages) {
        this.credit = credit;
        this.objections = objections;
        this.messages = messages;
    }

    /** The objection form for one record of the report (by its public id), or the entity's public information as a whole. */
    @GetMapping("/report/{code}/objection")
    String objectionForm(@PathVariable String code, @RequestParam(required = false) String record, Model model) {
        return objectionPage(code, record, "", "", null, model);
    }

    /** Raises the objection; the page then shows its number (a repeat: the open one's), or what to correct. */
    @PostMapping("/report/{code}/objection")
    String objection(@PathVariable String code, @RequestParam(required = false) String record,
                     @RequestParam(defaultValue = "") String reason, @RequestParam(defaultValue = "") String contact,
                     HttpServletRequest request, Locale locale, Model model) {
        try {
            var raised = objections.raise(new Objections.Subject(code, record), reason, contact,
                    request.getRemoteAddr());
            model.addAttribute("raised", raised.objection().id());
            model.addAttribute("repeated", raised.repeated());
            return objectionPage(code, record, "", "", null, model);
        } catch (Refusal refusal) {
            if (refusal.kind() == Refusal.Kind.NOT_FOUND || refusal.kind() == Refusal.Kind.TOO_MANY_REQUESTS) {
                throw refusal;
            }
            return objectionPage(code, record, reason, contact, FieldMessages.byFormField(messages, refusal, locale),
                    model);
        }
    }

    /** The form; a record the report does not show is answered 404. */
    private String objectionPage(String code, String record, String reason, String contact,
                                 Map<String, String> errors, Model model) {
        var entity = credit.entity(code);
        model.addAttribute("entity", entity);
        if (record != null && !record.isBlank()) {
            var shown = credit.record(entity.code(), record.strip())
                    .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "RECORD_NOT_FOUND", record.strip()));
            model.addAttribute("record", shown.record());
            model.addAttribute("kind", shown.kind());
        }
        model.addAttribute("reason", reason);
        model.addAttribute("contact", contact);
        model.addAttribute("errors", errors == null ? Map.of() : errors);
        return "disclosure/objection";
    }

    /** Results for a query of two or more characters; a shorter one is answered on the page, not with an error. */
    @GetMapping("/search")
    String search(@RequestParam(name = "q", required = false) String query,
                  @RequestParam(defaultValue = "1") int page, Locale locale, Model model) {
        String q = query == null ? "" : query.strip();
        model.addAttribute("q", q);
        if (q.length() >= 2) {
            try {
                model.addAttribute("results", credit.search(q, Math.max(1, page), PAGE_SIZE));
                model.addAttribute("cap", EntityPage.COUNT_CAP);
            } catch (Refusal refusal) {
                if ("QUERY_TOO_SHORT".equals(refusal.code())) {
                    model.addAttribute("tooShort", true);
                } else {
                    model.addAttribute("searchError", FieldMessages.refusal(messages, refusal, locale));
                }
            }
        }
        return "disclosure/search";
    }

    /**
     * A section of the report page: its name (element id and message key suffix), its heading's message key, its
     * kind of record (null for the lists), its records, the label of each field the page shows (fields without
     * a label, such as the lists' codes, are for the API and the bulk file only) and the message keys of the
     * labels of the date and the department.
     */
    record Section(String name, String heading, RecordKind kind, List<PublicRecord> records, Map<String, String> labels,
                   String dateLabel, String departmentLabel) {
    }

    /** The fields of a listing the page shows (the labels, not the codes), each with its label's message key. */
    private static final List<String> LISTING_FIELDS_SHOWN = List.of("listLabel", "groundLabel", "removedOn",
            "removalReason", "removalDocumentNumber", "fieldLabel", "penaltyDocumentNumber");

    @GetMapping("/report/{code}")
    String report(@PathVariable String code, Locale locale, Model model) {
        return render(credit.report(code), false, locale, model);
    }

    /**
     * The report laid out for printing, with a button that issues it: a GET (a crawler, a link
     * prefetcher) stores nothing.
     */
    @GetMapping("/report/{code}/print")
    String print(@PathVariable String code, Locale locale, Model model) {
        return render(credit.report(code), true, locale, model);
    }

    /**
     * Issues the report for printing, with its verification code and time, kept so a printout can be
     * checked; the same content issued again the same day keeps its first code and stores nothing.
     */
    @PostMapping("/report/{code}/print")
    String issue(@PathVariable String code, Locale locale, Model model) {
        var issued = credit.issue(code);
        model.addAttribute("issued", issued);
        model.addAttribute("issuedAt", cn.gov.amr.credit.shared.LegalTime.toTheMinute(issued.issuedAt()));
        return render(issued.report(), true, locale, model);
    }

    private String render(cn.gov.amr.credit.disclosure.model.PublicReport report, boolean printView, Locale locale,
                          Model model) {
        model.addAttribute("report", report);
        model.addAttribute("printView", printView);
        var kind = report.entity().kind();
        model.addAttribute("sections", credit.sectionsOf(kind).stream()
                .map(s -> s.recordKind() == null ? listSection(s, kind, report.section(s), locale)
                        : section(s.jsonName(), report.section(s), s.recordKind(), locale)).toList());
        return "disclosure/report";
    }

    /**
     * A list section: Chinese labels from the messages; an individual business's abnormal listings are its
     * abnormal-state markings, and the heading says so.
     */
    private Section listSection(PublicSection section, EntityKind kind, List<PublicRecord> records, Locale locale) {
        String heading = "portal.report." + section.jsonName();
        if (section == PublicSection.ABNORMAL_LISTINGS && kind == EntityKind.INDIVIDUAL_BUSINESS) {
            heading += "." + kind.name();
        }
        var labels = new LinkedHashMap<String, String>();
        LISTING_FIELDS_SHOWN.forEach(f -> labels.put(f, messages.getMessage("disclosure.listing.field." + f, null, locale)));
        return new Section(section.jsonName(), heading, null, records, labels, "disclosure.listing.date",
                "disclosure.listing.authority");
    }

    /** Field labels: the national names (Chinese) in Chinese, the English field names otherwise. */
    private static Section section(String name, List<PublicRecord> records, RecordKind kind, Locale locale) {
        var labels = new LinkedHashMap<String, String>();
        boolean chinese = locale == null || "zh".equals(locale.getLanguage());
        records.forEach(r -> r.fields().keySet().forEach(field -> labels.computeIfAbsent(field,
                f -> kind != null && chinese ? KindSchema.of(kind).field(f).map(RecordField::label).orElse(f) : f)));
        return new Section(name, "portal.report." + name, kind, records, labels, "portal.report.date",
                "portal.report.department");
    }
}
