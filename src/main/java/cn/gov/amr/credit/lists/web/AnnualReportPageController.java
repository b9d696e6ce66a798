package cn.gov.amr.credit.lists.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import cn.gov.amr.credit.lists.AnnualReportCompliance;
import cn.gov.amr.credit.lists.FilingRate;
import cn.gov.amr.credit.platform.Chart;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Annual-report compliance (年报): filing rates of a report year by entity kind and by jurisdiction
 * (charts and tables), the non-filers once the deadline has passed with their Excel export, and an
 * officer's entry of a filing (e.g. on paper).
 */
@Controller
@RequestMapping("/workbench/lists/annual-reports")
@PreAuthorize(ListPageSupport.READERS)
class AnnualReportPageController {

    private static final int PAGE_SIZE = 50;

    private final AnnualReportCompliance compliance;
    private final ListPageSupport fmt;

    AnnualReportPageController(AnnualReportCompliance compliance, ListPageSupport fmt) {
        this.compliance = compliance;
        this.fmt = fmt;
    }

    @GetMapping
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String jurisdiction,
                @RequestParam(defaultValue = "1") int page, Model model, Locale locale) {
        int reportYear = year == null ? compliance.dueYear(fmt.today()) : year;
        String area = blank(jurisdiction);
        var byKind = compliance.ratesByKind(reportYear, area);
        var byJurisdiction = compliance.ratesByJurisdiction(reportYear);
        LocalDate deadline = compliance.deadline(reportYear);
        boolean pastDeadline = fmt.today().isAfter(deadline);
        model.addAttribute("year", reportYear);
        model.addAttribute("jurisdiction", area);
        model.addAttribute("deadline", deadline);
        model.addAttribute("pastDeadline", pastDeadline);
        model.addAttribute("received", compliance.reportsReceivedFor(reportYear));
        model.addAttribute("byKind", byKind);
        model.addAttribute("byJurisdiction", byJurisdiction);
        model.addAttribute("kindChart", chart(byKind, key -> fmt.text("kind." + key, locale), locale));
        model.addAttribute("jurisdictionChart", chart(byJurisdiction, key -> fmt.jurisdiction(key, locale), locale));
        if (pastDeadline) {
            var nonFilers = compliance.nonFilers(reportYear, area, page, PAGE_SIZE);
            model.addAttribute("nonFilers", nonFilers);
            model.addAttribute("pages", Math.max(1, (nonFilers.total() + PAGE_SIZE - 1) / PAGE_SIZE));
        }
        model.addAttribute("years", years());
        model.addAttribute("jurisdictions", fmt.jurisdictions());
        model.addAttribute("today", fmt.today());
        model.addAttribute("fmt", fmt);
        return "lists/annual-reports";
    }

    @GetMapping("/non-filers.xlsx")
    ResponseEntity<byte[]> export(@RequestParam int year, @RequestParam(required = false) String jurisdiction,
                                  Locale locale) {
        var rows = new ArrayList<List<Object>>();
        int size = 1_000;
        for (int page = 1; rows.size() < ListPageWorkbook.MAX_ROWS; page++) {
            var codes = compliance.nonFilers(year, blank(jurisdiction), page, size).items();
            codes.forEach(code -> rows.add(List.of(code, year)));
            if (codes.size() < size) {
                break;
            }
        }
        var header = List.of(fmt.text("lists.page.col.code", locale), fmt.text("lists.page.col.reportYear", locale));
        return ListPageWorkbook.download("non-filers-" + year + ".xlsx", List.of(new ListPageWorkbook.Sheet(
                ListingPageController.sheetName(fmt.text("lists.page.annual.nonFilers", locale)), header, rows)));
    }

    @PostMapping("/filings")
    @PreAuthorize(ListPageSupport.DECIDERS)
    String enter(@RequestParam(required = false) String code, @RequestParam(required = false) Integer year,
                 @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate filedOn,
                 Locale locale, RedirectAttributes redirect) {
        try {
            if (code == null || code.isBlank() || year == null || filedOn == null) {
                throw new Refusal(Refusal.Kind.INVALID, "LISTS_FILING_INCOMPLETE");
            }
            compliance.enterFiling(code.strip(), year, filedOn);
            redirect.addFlashAttribute("entered", code.strip());
        } catch (Refusal refusal) {
            redirect.addFlashAttribute("error", fmt.refusal(refusal, locale));
        }
        return "redirect:/workbench/lists/annual-reports" + (year == null ? "" : "?year=" + year);
    }

    /** The filing rates as a bar chart in percent, one bar per group. */
    private Chart chart(List<FilingRate> rates, Function<String, String> label, Locale locale) {
        return new Chart(Chart.Type.BAR, "%", rates.stream().map(rate -> label.apply(rate.key())).toList(),
                List.of(new Chart.Series(fmt.text("lists.page.annual.rate", locale),
                        rates.stream().<Number>map(rate -> Math.round(rate.percent() * 100) / 100.0).toList())));
    }

    /** The report years offered: the five before this one. */
    private List<Integer> years() {
        int last = fmt.today().getYear() - 1;
        return java.util.stream.IntStream.rangeClosed(0, 4).mapToObj(back -> last - back).toList();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
