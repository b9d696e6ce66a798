package cn.gov.amr.credit.ingestion.web;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.application.Destination;
import cn.gov.amr.credit.ingestion.application.Export;
import cn.gov.amr.credit.ingestion.application.Exports;
import cn.gov.amr.credit.platform.FieldMessages;
import cn.gov.amr.credit.shared.LegalTime;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Exports to upper-level platforms (ADMIN): the exports made, the records sent per month, a new export. */
@Controller
@PreAuthorize(IngestionPages.STAFF)
class ExportPageController {

    /** Longest span of months the export counts show at once. */
    private static final int MAX_MONTHS = 60;

    private final Exports exports;
    private final MessageSource messages;
    private final Clock clock;

    ExportPageController(Exports exports, MessageSource messages, Clock clock) {
        this.exports = exports;
        this.messages = messages;
        this.clock = clock;
    }

    /** Records sent in one month of decision, per destination. */
    record CountLine(String month, Map<Destination, Long> byDestination, long total) {
    }

    @GetMapping("/workbench/ingestion/exports")
    @PreAuthorize(IngestionPages.ADMIN)
    String exports(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                   Model model, Locale locale) {
        var all = exports.all();
        YearMonth[] period = countPeriod(month(from), month(to), all);
        var counts = exports.monthly(period[0], period[1]);
        var byMonth = new TreeMap<String, Map<Destination, Long>>();
        for (YearMonth m = period[0]; !m.isAfter(period[1]); m = m.plusMonths(1)) {
            byMonth.put(m.toString(), new EnumMap<>(Destination.class));
        }
        counts.forEach(c -> byMonth.computeIfAbsent(c.month(), m -> new EnumMap<>(Destination.class))
                .merge(c.destination(), c.records(), Long::sum));
        var lines = byMonth.entrySet().stream()
                .map(e -> new CountLine(e.getKey(), e.getValue(),
                        e.getValue().values().stream().mapToLong(Long::longValue).sum()))
                .toList();
        var totals = new EnumMap<Destination, Long>(Destination.class);
        counts.forEach(c -> totals.merge(c.destination(), c.records(), Long::sum));
        model.addAttribute("exports", all);
        model.addAttribute("countFrom", period[0].toString());
        model.addAttribute("countTo", period[1].toString());
        model.addAttribute("countLines", lines);
        model.addAttribute("countTotals", totals);
        model.addAttribute("countTotal", totals.values().stream().mapToLong(Long::longValue).sum());
        model.addAttribute("destinations", Destination.values());
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("formats", List.of("CSV", "XLSX"));
        if (!model.containsAttribute("exportForm")) {
            model.addAttribute("exportForm", Map.of("destination", "", "kind", "", "from", period[0].toString(),
                    "to", period[1].toString(), "format", "CSV"));
        }
        return "ingestion/exports";
    }

    @PostMapping("/workbench/ingestion/exports")
    @PreAuthorize(IngestionPages.ADMIN)
    String export(@RequestParam(required = false) Destination destination,
                  @RequestParam(required = false) RecordKind kind, @RequestParam(required = false) String from,
                  @RequestParam(required = false) String to, @RequestParam(required = false) String format,
                  Model model, Locale locale, RedirectAttributes redirect) {
        try {
            Export export = exports.export(destination, kind, month(from), month(to), format);
            // flash attributes live in the session: plain values only
            redirect.addFlashAttribute("exportedFile", export.fileName());
            redirect.addFlashAttribute("exportedRecords", export.records());
            return "redirect:/workbench/ingestion/exports?from=" + YearMonth.from(export.from()) + "&to="
                    + YearMonth.from(export.to());
        } catch (Refusal refusal) {
            IngestionPages.rethrowUnlessForTheForm(refusal);
            model.addAttribute("exportErrors", FieldMessages.byFormField(messages, refusal, locale));
            var form = new HashMap<String, String>();
            form.put("destination", destination == null ? "" : destination.name());
            form.put("kind", kind == null ? "" : kind.name());
            form.put("from", from == null ? "" : from);
            form.put("to", to == null ? "" : to);
            form.put("format", format == null ? "CSV" : format);
            model.addAttribute("exportForm", form);
            return exports(null, null, model, locale);
        }
    }

    /** The months the counts show: as asked; else the span of the exports made; else the last 12 months. */
    private YearMonth[] countPeriod(YearMonth from, YearMonth to, List<Export> all) {
        YearMonth end = to;
        YearMonth start = from;
        if (start == null && end == null && !all.isEmpty()) {
            start = all.stream().map(e -> YearMonth.from(e.from())).min(Comparator.naturalOrder()).orElseThrow();
            end = all.stream().map(e -> YearMonth.from(e.to())).max(Comparator.naturalOrder()).orElseThrow();
        }
        if (end == null) {
            end = start == null ? YearMonth.from(LegalTime.today(clock)) : start.plusMonths(11);
        }
        if (start == null || start.isAfter(end)) {
            start = end.minusMonths(11);
        }
        if (start.plusMonths(MAX_MONTHS - 1).isBefore(end)) {
            start = end.minusMonths(MAX_MONTHS - 1);
        }
        return new YearMonth[] {start, end};
    }

    private static YearMonth month(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
