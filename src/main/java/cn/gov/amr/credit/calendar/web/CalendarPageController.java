package cn.gov.amr.credit.calendar.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import cn.gov.amr.credit.calendar.CalendarYear;
import cn.gov.amr.credit.calendar.WorkingCalendar;
import cn.gov.amr.credit.calendar.application.CalendarSettings;
import cn.gov.amr.credit.calendar.application.MaintainingCalendar;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.platform.FieldMessages;
import cn.gov.amr.credit.shared.LegalTime;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The calendar page: staff read a year as twelve month grids and export it; ADMIN imports notices and keeps quiet days. */
@Controller
@RequestMapping("/workbench/calendar")
@PreAuthorize(CalendarPageController.STAFF)
class CalendarPageController {

    static final String STAFF = "hasAnyRole('ADMIN', 'OFFICER', 'REVIEWER', 'AUDITOR')";
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final WorkingCalendar calendar;
    private final MaintainingCalendar maintaining;
    private final UserAccounts accounts;
    private final CalendarSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    CalendarPageController(WorkingCalendar calendar, MaintainingCalendar maintaining, UserAccounts accounts,
                           CalendarSettings settings, MessageSource messages, Clock clock) {
        this.calendar = calendar;
        this.maintaining = maintaining;
        this.accounts = accounts;
        this.settings = settings;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping
    String year(@RequestParam(required = false) Integer year, Model model) {
        LocalDate today = LegalTime.today(clock);
        int shown = year == null ? today.getYear() : year;
        MaintainingCalendar.checkYear(shown);
        CalendarYear kept = calendar.year(shown);
        model.addAttribute("year", kept);
        model.addAttribute("months", YearGrid.of(kept, today));
        model.addAttribute("importedAt", kept.notice() == null ? null : LegalTime.toTheMinute(kept.notice().importedAt()));
        model.addAttribute("jurisdictions", accounts.jurisdictions());
        model.addAttribute("maxFileKilobytes", settings.maxFileSize().toKilobytes());
        model.addAttribute("yearsWithoutNotice", calendar.yearsWithoutNotice());
        return "calendar/calendar";
    }

    @PostMapping("/{year}/notice-file")
    @PreAuthorize(CalendarApiController.ADMIN)
    String importFile(@PathVariable int year, @RequestParam(name = "file", required = false) MultipartFile file,
                      @RequestParam(required = false) String title, @RequestParam(required = false) String reference,
                      Locale locale, RedirectAttributes redirect) {
        try {
            var imported = maintaining.importFile(year, title, reference, CalendarApiController.bytes(file));
            redirect.addFlashAttribute("imported", imported.days().size());
        } catch (Refusal refusal) {
            rethrowUnlessForTheForm(refusal);
            redirect.addFlashAttribute("importErrors", messages(refusal, locale));
        }
        return "redirect:/workbench/calendar?year=" + year;
    }

    @PostMapping("/quiet-days")
    @PreAuthorize(CalendarApiController.ADMIN)
    String addQuietDay(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                       @RequestParam(required = false) String jurisdiction, @RequestParam(required = false) String note,
                       @RequestParam(required = false) Integer year, Locale locale, RedirectAttributes redirect) {
        try {
            var added = maintaining.addQuietDay(date, jurisdiction, note);
            redirect.addFlashAttribute("quietAdded", added.date().toString());
            return "redirect:/workbench/calendar?year=" + added.date().getYear();
        } catch (Refusal refusal) {
            rethrowUnlessForTheForm(refusal);
            redirect.addFlashAttribute("quietErrors", messages(refusal, locale));
            return "redirect:/workbench/calendar" + (year == null ? "" : "?year=" + year);
        }
    }

    @PostMapping("/quiet-days/{id}/removal")
    @PreAuthorize(CalendarApiController.ADMIN)
    String removeQuietDay(@PathVariable long id, @RequestParam(required = false) Integer year,
                          RedirectAttributes redirect) {
        maintaining.removeQuietDay(id);
        redirect.addFlashAttribute("quietRemoved", true);
        return "redirect:/workbench/calendar" + (year == null ? "" : "?year=" + year);
    }

    @GetMapping("/{year}/days.xlsx")
    ResponseEntity<byte[]> export(@PathVariable int year, Locale locale) {
        MaintainingCalendar.checkYear(year);
        var kept = calendar.year(year);
        var header = List.of("date", "type", "note").stream().map(c -> text("calendar.column." + c, locale)).toList();
        byte[] file = CalendarWorkbook.write(header, kept.days(), day -> text("calendar.kind." + day.kind(), locale));
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("calendar-" + year + ".xlsx", StandardCharsets.UTF_8).build().toString())
                .body(file);
    }

    /** The refusal's message, then each bad field's (one per bad line of a notice). */
    private List<String> messages(Refusal refusal, Locale locale) {
        var lines = new java.util.ArrayList<String>();
        lines.add(FieldMessages.refusal(messages, refusal, locale));
        refusal.fieldProblems().forEach(p -> lines.add(FieldMessages.field(messages, p.code(), p.arguments(), locale)));
        return lines;
    }

    /** No such thing: the error page with its status, not the form. */
    private static void rethrowUnlessForTheForm(Refusal refusal) {
        if (refusal.kind() == Refusal.Kind.NOT_FOUND || refusal.kind() == Refusal.Kind.FORBIDDEN) {
            throw refusal;
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
