package cn.gov.amr.credit.lists.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

import cn.gov.amr.credit.lists.ListCount;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.ListStatistics;
import cn.gov.amr.credit.lists.Lists;
import cn.gov.amr.credit.platform.Chart;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Listings and removals of one year by month, entity kind, ground and jurisdiction
 * ({@link Lists#statistics}): a chart and the table of the same figures per breakdown, and the Excel
 * export with one sheet per breakdown.
 */
@Controller
@RequestMapping("/workbench/lists/statistics")
@PreAuthorize(ListPageSupport.READERS)
class ListStatisticsPageController {

    /** The breakdowns, in page order: how each names its keys. */
    enum Breakdown { MONTH, KIND, GROUND, JURISDICTION }

    private final Lists lists;
    private final ListPageSupport fmt;

    ListStatisticsPageController(Lists lists, ListPageSupport fmt) {
        this.lists = lists;
        this.fmt = fmt;
    }

    @GetMapping
    String page(@RequestParam(required = false) Integer year, @RequestParam(required = false) String jurisdiction,
                Model model, Locale locale) {
        var statistics = lists.statistics(yearOrThis(year), blank(jurisdiction));
        var charts = new java.util.LinkedHashMap<Breakdown, Chart>();
        for (Breakdown breakdown : Breakdown.values()) {
            charts.put(breakdown, chart(breakdown, statistics, locale));
        }
        model.addAttribute("statistics", statistics);
        model.addAttribute("charts", charts);
        model.addAttribute("jurisdiction", blank(jurisdiction));
        model.addAttribute("years", years());
        model.addAttribute("jurisdictions", fmt.jurisdictions());
        model.addAttribute("fmt", fmt);
        return "lists/statistics";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(required = false) Integer year,
                                  @RequestParam(required = false) String jurisdiction, Locale locale) {
        var statistics = lists.statistics(yearOrThis(year), blank(jurisdiction));
        var header = List.of(fmt.text("chart.category", locale), fmt.text("lists.page.stats.listings", locale),
                fmt.text("lists.page.stats.removals", locale));
        var sheets = new ArrayList<ListPageWorkbook.Sheet>();
        for (Breakdown breakdown : Breakdown.values()) {
            var label = label(breakdown, locale);
            List<List<Object>> rows = counts(breakdown, statistics).stream()
                    .map(count -> List.<Object>of(label.apply(count.key()), count.listings(), count.removals()))
                    .toList();
            sheets.add(new ListPageWorkbook.Sheet(ListingPageController.sheetName(
                    fmt.text("lists.page.stats.by." + breakdown, locale)), header, rows));
        }
        return ListPageWorkbook.download("list-statistics-" + statistics.year() + ".xlsx", sheets);
    }

    private Chart chart(Breakdown breakdown, ListStatistics statistics, Locale locale) {
        var counts = counts(breakdown, statistics);
        var label = label(breakdown, locale);
        var series = List.of(
                new Chart.Series(fmt.text("lists.page.stats.listings", locale),
                        counts.stream().<Number>map(ListCount::listings).toList()),
                new Chart.Series(fmt.text("lists.page.stats.removals", locale),
                        counts.stream().<Number>map(ListCount::removals).toList()));
        var categories = counts.stream().map(count -> label.apply(count.key())).toList();
        return breakdown == Breakdown.MONTH ? Chart.lines(categories, series) : Chart.bars(categories, series);
    }

    private static List<ListCount> counts(Breakdown breakdown, ListStatistics statistics) {
        return switch (breakdown) {
            case MONTH -> everyMonth(statistics.byMonth());
            case KIND -> statistics.byKind();
            case GROUND -> statistics.byGround();
            case JURISDICTION -> statistics.byJurisdiction();
        };
    }

    /** All twelve months in order, a month without a decision counting zero (the API lists only months with some). */
    static List<ListCount> everyMonth(List<ListCount> counts) {
        var byMonth = new java.util.HashMap<Integer, ListCount>();
        counts.forEach(count -> byMonth.put(Integer.parseInt(count.key()), count));
        return java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(month -> byMonth.getOrDefault(month, new ListCount(Integer.toString(month), 0, 0))).toList();
    }

    private Function<String, String> label(Breakdown breakdown, Locale locale) {
        return switch (breakdown) {
            case MONTH -> key -> fmt.month(key, locale);
            case KIND -> key -> fmt.text("kind." + key, locale);
            case GROUND -> key -> groundLabel(key, locale);
            case JURISDICTION -> key -> fmt.jurisdiction(key, locale);
        };
    }

    /** Grounds of the abnormal lists and, should the breakdown hold them, fields of the serious dishonest list. */
    private String groundLabel(String key, Locale locale) {
        String ground = fmt.text(fmt.groundKey(ListKind.ABNORMAL, key), locale);
        return ground.startsWith("lists.") ? fmt.text(fmt.groundKey(ListKind.SERIOUS_DISHONEST, key), locale) : ground;
    }

    private int yearOrThis(Integer year) {
        return year == null ? fmt.today().getYear() : year;
    }

    private List<Integer> years() {
        int now = fmt.today().getYear();
        return java.util.stream.IntStream.rangeClosed(0, 4).mapToObj(back -> now - back).toList();
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
