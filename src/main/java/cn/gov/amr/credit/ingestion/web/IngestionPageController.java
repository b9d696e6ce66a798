package cn.gov.amr.credit.ingestion.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import cn.gov.amr.credit.ingestion.Batch;
import cn.gov.amr.credit.ingestion.BatchStatus;
import cn.gov.amr.credit.ingestion.DepartmentKind;
import cn.gov.amr.credit.ingestion.Departments;
import cn.gov.amr.credit.ingestion.Ingestion;
import cn.gov.amr.credit.ingestion.IngestionSettings;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.application.Coverage;
import cn.gov.amr.credit.ingestion.application.CoverageStatistics;
import cn.gov.amr.credit.ingestion.application.Destination;
import cn.gov.amr.credit.ingestion.application.Export;
import cn.gov.amr.credit.ingestion.application.Exports;
import cn.gov.amr.credit.ingestion.application.Quarantine;
import cn.gov.amr.credit.ingestion.application.QuarantinedRow;
import cn.gov.amr.credit.ingestion.application.RowError;
import cn.gov.amr.credit.ingestion.model.FieldSpec;
import cn.gov.amr.credit.ingestion.model.RecordSchemas;
import cn.gov.amr.credit.platform.FieldMessages;
import cn.gov.amr.credit.shared.LegalTime;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The officers' pages of aggregation: batches and the upload form, a batch with its live progress,
 * errors and quarantined rows, the correction of a quarantined row, coverage statistics, exports to
 * upper-level platforms, and the register of source departments with their API keys.
 */
@Controller
@PreAuthorize(IngestionPageController.STAFF)
class IngestionPageController {

    static final String STAFF = "hasAnyRole('ADMIN', 'OFFICER', 'REVIEWER', 'AUDITOR')";
    private static final String WRITERS = "hasAnyRole('ADMIN', 'OFFICER')";
    private static final String ADMIN = "hasRole('ADMIN')";
    private static final int PAGE_SIZE = 20;
    private static final int ERRORS_PAGE_SIZE = 50;
    private static final int ROWS_PAGE_SIZE = 20;
    /** Longest span of months the export counts show at once. */
    private static final int MAX_MONTHS = 60;

    private final Ingestion ingestion;
    private final Quarantine quarantine;
    private final Departments departments;
    private final Exports exports;
    private final CoverageStatistics statistics;
    private final IngestionSettings settings;
    private final RowErrorMessages rowMessages;
    private final MessageSource messages;
    private final Clock clock;

    IngestionPageController(Ingestion ingestion, Quarantine quarantine, Departments departments, Exports exports,
                            CoverageStatistics statistics, IngestionSettings settings, RowErrorMessages rowMessages,
                            MessageSource messages, Clock clock) {
        this.ingestion = ingestion;
        this.quarantine = quarantine;
        this.departments = departments;
        this.exports = exports;
        this.statistics = statistics;
        this.settings = settings;
        this.rowMessages = rowMessages;
        this.messages = messages;
        this.clock = clock;
    }

    /** One error of a batch as its page lists it. */
    record ErrorLine(long quarantineId, int row, String field, String label, String code, String message) {
    }

    /** A quarantined row on its batch's page: its errors as sentences. */
    record RowLine(long id, int row, String status, Long resolvedBatchId, List<String> messages) {
    }

    /** One field of the correction form: the value as sent (personal IDs masked) and its errors. */
    record FieldLine(String name, String label, String value, boolean required, boolean personal,
                     List<String> errors) {
    }

    /** Records of one month of decision, in all and per kind. */
    record MonthLine(String month, long records, Map<RecordKind, Long> byKind) {
    }

    /** Records sent in one month of decision, per destination. */
    record CountLine(String month, Map<Destination, Long> byDestination, long total) {
    }

    // ---------------------------------------------------------------- batches and upload

    @GetMapping("/workbench/ingestion")
    String batches(@RequestParam(required = false) Long department, @RequestParam(required = false) BatchStatus status,
                   @RequestParam(defaultValue = "1") int page, Model model) {
        int current = Math.max(1, page);
        model.addAttribute("department", department);
        model.addAttribute("status", status);
        model.addAttribute("page", current);
        model.addAttribute("batches", ingestion.batches(department, status, current, PAGE_SIZE));
        // the first batch of the next page (page size 1 at the right offset) tells whether there is one
        model.addAttribute("hasNext", !ingestion.batches(department, status, current * PAGE_SIZE + 1, 1).isEmpty());
        model.addAttribute("statuses", BatchStatus.values());
        if (!model.containsAttribute("uploadDepartment") && department != null) {
            model.addAttribute("uploadDepartment", department);
        }
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("departments", departments.all());
        model.addAttribute("maxFileBytes", settings.maxFileSize().toBytes());
        model.addAttribute("maxFileMegabytes", settings.maxFileSize().toMegabytes());
        return "ingestion/batches";
    }

    @PostMapping(path = "/workbench/ingestion/batches", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(WRITERS)
    String upload(@RequestParam(required = false) Long department, @RequestParam(required = false) RecordKind kind,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale) {
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            String name = file == null ? null : file.getOriginalFilename();
            Batch batch = ingestion.submitFile(department, kind, name, content);
            return "redirect:/workbench/ingestion/batches/" + batch.id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Refusal refusal) {
            model.addAttribute("uploadErrors", FieldMessages.byFormField(messages, refusal, locale));
            if (department != null) {
                model.addAttribute("uploadDepartment", department);
            }
            if (kind != null) {
                model.addAttribute("uploadKind", kind);
            }
            return batches(null, null, 1, model);
        }
    }

    // ---------------------------------------------------------------- one batch

    @GetMapping("/workbench/ingestion/batches/{id}")
    String batch(@PathVariable long id, @RequestParam(defaultValue = "1") int errorsPage,
                 @RequestParam(defaultValue = "1") int rowsPage, Model model, Locale locale) {
        var page = quarantine.errors(id, Math.max(1, errorsPage), ERRORS_PAGE_SIZE);
        Batch batch = page.batch();
        int errorCount = page.total();
        int errorPages = Math.max(1, (errorCount + ERRORS_PAGE_SIZE - 1) / ERRORS_PAGE_SIZE);
        int errorsAt = Math.min(Math.max(1, errorsPage), errorPages);
        if (errorsAt != Math.max(1, errorsPage)) {
            page = quarantine.errors(id, errorsAt, ERRORS_PAGE_SIZE); // asked past the last page: show the last
        }
        var errors = page.items().stream()
                .map(e -> new ErrorLine(e.quarantineId(), e.row(), e.field(),
                        e.field() == null ? "" : rowMessages.label(batch.kind(), e.field(), locale), e.code(),
                        FieldMessages.field(messages, e.code(), e.arguments(), locale)))
                .toList();
        int rowsAt = Math.max(1, rowsPage);
        var rows = quarantine.quarantined(id, rowsAt, ROWS_PAGE_SIZE).stream()
                .map(r -> new RowLine(r.id(), r.row(), r.status().name(), r.resolvedBatchId(),
                        r.errors().stream().map(e -> rowMessages.message(batch.kind(), e, locale)).toList()))
                .toList();
        model.addAttribute("batch", batch);
        model.addAttribute("failure", rowMessages.failure(batch.failureCode(), locale));
        model.addAttribute("warning", rowMessages.warning(batch.warningCode(), locale));
        model.addAttribute("errorCount", errorCount);
        model.addAttribute("errors", errors);
        model.addAttribute("errorsPage", errorsAt);
        model.addAttribute("errorPages", errorPages);
        model.addAttribute("rows", rows);
        model.addAttribute("rowsPage", rowsAt);
        model.addAttribute("rowsHasNext", !quarantine.quarantined(id, rowsAt * ROWS_PAGE_SIZE + 1, 1).isEmpty());
        model.addAttribute("statuses", BatchStatus.values());
        return "ingestion/batch";
    }

    @PostMapping("/workbench/ingestion/batches/{id}/retry")
    @PreAuthorize(WRITERS)
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        ingestion.retry(id);
        redirect.addFlashAttribute("retried", true);
        return "redirect:/workbench/ingestion/batches/" + id;
    }

    // ---------------------------------------------------------------- correction of a quarantined row

    @GetMapping("/workbench/ingestion/quarantine/{id}")
    String correction(@PathVariable long id, Model model, Locale locale) {
        return correctionPage(quarantine.quarantinedRow(id), null, model, locale);
    }

    @PostMapping("/workbench/ingestion/quarantine/{id}")
    @PreAuthorize(WRITERS)
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
            rethrowUnlessForTheForm(refusal);
            return correctionPage(quarantine.quarantinedRow(id), FieldMessages.refusal(messages, refusal, locale),
                    model, locale);
        }
    }

    @PostMapping("/workbench/ingestion/quarantine/{id}/dismissal")
    @PreAuthorize(WRITERS)
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

    // ---------------------------------------------------------------- coverage statistics

    @GetMapping("/workbench/ingestion/statistics")
    String statistics(Model model) {
        Coverage coverage = statistics.coverage();
        var months = new TreeMap<String, Map<RecordKind, Long>>(Comparator.reverseOrder());
        for (Coverage.MonthCount count : coverage.byMonth()) {
            months.computeIfAbsent(count.month(), m -> new EnumMap<>(RecordKind.class))
                    .merge(count.kind(), count.records(), Long::sum);
        }
        var monthLines = months.entrySet().stream()
                .map(e -> new MonthLine(e.getKey(), e.getValue().values().stream().mapToLong(Long::longValue).sum(),
                        e.getValue()))
                .toList();
        var monthKinds = coverage.byMonth().stream().map(Coverage.MonthCount::kind).distinct().sorted().toList();
        model.addAttribute("coverage", coverage);
        model.addAttribute("totals", coverage.totals());
        model.addAttribute("departmentMax", max(coverage.byDepartment().stream().mapToLong(Coverage.Count::records)
                .max().orElse(0)));
        model.addAttribute("kindMax", max(coverage.byKind().stream().mapToLong(Coverage.Count::records).max()
                .orElse(0)));
        model.addAttribute("months", monthLines);
        model.addAttribute("monthKinds", monthKinds);
        model.addAttribute("monthMax", max(monthLines.stream().mapToLong(MonthLine::records).max().orElse(0)));
        model.addAttribute("reasonMax", max(coverage.topReasons().stream().mapToLong(Coverage.Reason::rows).max()
                .orElse(0)));
        return "ingestion/statistics";
    }

    private static long max(long value) {
        return Math.max(1, value);
    }

    // ---------------------------------------------------------------- exports

    @GetMapping("/workbench/ingestion/exports")
    @PreAuthorize(ADMIN)
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
    @PreAuthorize(ADMIN)
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
            rethrowUnlessForTheForm(refusal);
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

    // ---------------------------------------------------------------- departments

    @GetMapping("/workbench/departments")
    String departments(Model model) {
        model.addAttribute("departments", departments.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new DepartmentForm());
        }
        model.addAttribute("departmentKinds", DepartmentKind.values());
        model.addAttribute("kinds", RecordKind.values());
        return "ingestion/departments";
    }

    @PostMapping("/workbench/departments")
    @PreAuthorize(ADMIN)
    String register(@ModelAttribute("form") DepartmentForm form, Model model, Locale locale) {
        try {
            var registered = departments.register(form.toDraft());
            model.addAttribute("department", registered.department());
            model.addAttribute("apiKey", registered.apiKey());
            model.addAttribute("registered", true);
            return "ingestion/department-key";
        } catch (Refusal refusal) {
            rethrowUnlessForTheForm(refusal);
            model.addAttribute("errors", FieldMessages.byFormField(messages, refusal, locale));
            return departments(model);
        }
    }

    @PostMapping("/workbench/departments/{id}/key-rotation")
    @PreAuthorize(ADMIN)
    String rotate(@PathVariable long id, Model model) {
        var rotated = departments.rotateKey(id);
        model.addAttribute("department", rotated.department());
        model.addAttribute("apiKey", rotated.apiKey());
        model.addAttribute("registered", false);
        return "ingestion/department-key";
    }

    @PostMapping("/workbench/departments/{id}/key-revocation")
    @PreAuthorize(ADMIN)
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        var department = departments.revokeKey(id);
        redirect.addFlashAttribute("revoked", department.name());
        return "redirect:/workbench/departments";
    }

    /** No such thing or not the caller's: the friendly error page with its status, not the form. */
    private static void rethrowUnlessForTheForm(Refusal refusal) {
        if (refusal.kind() == Refusal.Kind.FORBIDDEN || refusal.kind() == Refusal.Kind.NOT_FOUND) {
            throw refusal;
        }
    }
}
