package cn.gov.amr.credit.calendar.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.amr.credit.calendar.CalendarDay;
import cn.gov.amr.credit.calendar.CalendarYear;
import cn.gov.amr.credit.calendar.QuietDay;
import cn.gov.amr.credit.calendar.WorkingCalendar;
import cn.gov.amr.credit.calendar.application.MaintainingCalendar;
import cn.gov.amr.credit.calendar.model.NoticeLine;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** The working-day calendar's contract: every signed-in caller reads a year; ADMIN replaces or imports its notice. */
@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Working-day calendar", description = "Public holidays and adjusted working weekends per year")
class CalendarApiController {

    static final String READERS = "hasAnyRole('ADMIN', 'OFFICER', 'REVIEWER', 'AUDITOR', 'DEPARTMENT')";
    static final String ADMIN = "hasRole('ADMIN')";

    private final WorkingCalendar calendar;
    private final MaintainingCalendar maintaining;

    CalendarApiController(WorkingCalendar calendar, MaintainingCalendar maintaining) {
        this.calendar = calendar;
        this.maintaining = maintaining;
    }

    /** One day of a notice, sent and answered. */
    record DayEntry(@Schema(description = "The day, yyyy-MM-dd", example = "2026-10-01") String date,
                    @Schema(description = "HOLIDAY (a day off) or WORKING_WEEKEND (a Saturday or Sunday worked "
                            + "instead); the Chinese labels for a day off and a working day are taken too", example = "HOLIDAY")
                    String type,
                    @Schema(description = "What the notice calls it (the festival), at most 200 characters")
                    String note) {
        static DayEntry of(CalendarDay day) {
            return new DayEntry(day.date().toString(), day.kind().name(), day.note());
        }
    }

    /** A year's notice: its days replace the year's days; title and reference may be left out. */
    record NoticeRequest(@Schema(description = "The notice's title, at most 200 characters") String title,
                         @Schema(description = "The notice's document number, at most 200 characters") String reference,
                         List<DayEntry> days) {
    }

    /** Which notice a year's days come from, who imported it and when. */
    record NoticeAnswer(String title, String reference, String importedBy, Instant importedAt) {
    }

    /** A year: holidays and working weekends by date, its working-day count, the notice and quiet days. */
    record YearAnswer(int year, boolean noticeImported, List<LocalDate> holidays, List<LocalDate> workingWeekends,
                      @Schema(description = "The number of working days of the year") int workingDays,
                      @Schema(description = "Quiet-production days; jurisdiction null is city-wide")
                      List<QuietDay> quietDays,
                      @Schema(description = "Null while the notice is not imported (weekends only)") NoticeAnswer notice,
                      @Schema(description = "The notice's days with their notes, by date") List<DayEntry> days) {
        static YearAnswer of(CalendarYear year) {
            var notice = year.notice() == null ? null : new NoticeAnswer(year.notice().title(),
                    year.notice().reference(), year.notice().importedBy(), year.notice().importedAt());
            return new YearAnswer(year.year(), year.noticeImported(), year.holidays(), year.workingWeekends(),
                    year.workingDays(), year.quietDays(), notice, year.days().stream().map(DayEntry::of).toList());
        }
    }

    /** The form of a notice file's import. */
    record NoticeFile(@Schema(description = "The table (CSV or XLSX)", type = "string", format = "binary",
                              requiredMode = Schema.RequiredMode.REQUIRED) String file,
                      @Schema(description = "The notice's title, at most 200 characters") String title,
                      @Schema(description = "The notice's document number, at most 200 characters") String reference) {
    }

    @GetMapping("/{year}")
    @PreAuthorize(READERS)
    @Operation(summary = "A year of the working-day calendar. A year whose notice is not imported "
            + "(noticeImported false) counts weekends only: its deadlines may still move. Years 2000–2100.")
    YearAnswer year(@PathVariable int year) {
        MaintainingCalendar.checkYear(year);
        return YearAnswer.of(calendar.year(year));
    }

    @PutMapping("/{year}")
    @PreAuthorize(ADMIN)
    @Operation(summary = "Replace the year's notice with a table of days (ADMIN; audited). Checked whole: any bad "
            + "day refuses all with 400 INVALID_NOTICE and one entry per bad field in errors "
            + "($.days[i].date|type|note, code such as NOTICE_DATE_OUTSIDE_YEAR); nothing is applied then.")
    YearAnswer replace(@PathVariable int year, @RequestBody NoticeRequest request) {
        var lines = new ArrayList<NoticeLine>();
        var days = request.days() == null ? List.<DayEntry>of() : request.days();
        for (int i = 0; i < days.size(); i++) {
            var day = days.get(i) == null ? new DayEntry(null, null, null) : days.get(i);
            lines.add(new NoticeLine(i + 1, day.date(), day.type(), day.note()));
        }
        return YearAnswer.of(maintaining.replace(year, request.title(), request.reference(), lines,
                MaintainingCalendar.Source.JSON));
    }

    @PostMapping("/{year}/notice-file")
    @PreAuthorize(ADMIN)
    @Operation(summary = "Import the year's notice as a table (ADMIN; audited): CSV in UTF-8 or GBK, or XLSX, at "
            + "most 1 MB, with the columns date, type (a day off or a working day) and note, headed in Chinese (as the "
            + "page shows) or English. Replaces the year's "
            + "days as PUT does; bad rows refuse all with 400 INVALID_NOTICE, one entry per bad field "
            + "($.rows[n].date|type|note, n the sheet's row, the header being row 1); 422 when the file cannot be "
            + "read or lacks a column.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = NoticeFile.class))))
    YearAnswer importFile(@PathVariable int year, @RequestParam(name = "file", required = false) MultipartFile file,
                          @RequestParam(required = false) String title,
                          @RequestParam(required = false) String reference) {
        return YearAnswer.of(maintaining.importFile(year, title, reference, bytes(file)));
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file == null ? new byte[0] : file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
