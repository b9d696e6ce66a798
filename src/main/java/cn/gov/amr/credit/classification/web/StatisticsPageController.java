package cn.gov.amr.credit.classification.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.gov.amr.credit.classification.MonthlyChanges;
import cn.gov.amr.credit.classification.RiskClassification;
import cn.gov.amr.credit.classification.RiskStatistics;
import cn.gov.amr.credit.classification.StatisticsDimension;
import cn.gov.amr.credit.platform.Chart;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Class statistics of the caller's area: the distribution by jurisdiction, kind, industry or region
 * (stacked bars per group and the table, with the totals), and the class changes per month (bars per
 * target class and the table); the Excel export holds each table on its own sheet.
 */
@Controller
@RequestMapping("/workbench/classification/statistics")
@PreAuthorize(ClassificationPageSupport.READERS)
class StatisticsPageController {

    static final int MONTHS = 12;

    private final RiskClassification classification;
    private final ClassificationPageSupport fmt;

    StatisticsPageController(RiskClassification classification, ClassificationPageSupport fmt) {
        this.classification = classification;
        this.fmt = fmt;
    }

    /** The figures of the page: the breakdown's chart, its totals, and the changes per month. */
    record Figures(RiskStatistics statistics, List<String> keys, Chart groups, Chart totals, Chart months) {
    }

    @GetMapping
    String page(@RequestParam(defaultValue = "jurisdiction") String by,
                @RequestParam(required = false) String jurisdiction, Model model, Locale locale) {
        var dimension = dimension(by);
        String area = fmt.area(jurisdiction);
        model.addAttribute("figures", figures(dimension, area, locale));
        model.addAttribute("by", dimension);
        model.addAttribute("dimensions", StatisticsDimension.values());
        model.addAttribute("area", area);
        model.addAttribute("fmt", fmt);
        return "classification/statistics";
    }

    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "jurisdiction") String by,
                                  @RequestParam(required = false) String jurisdiction, Locale locale) {
        var dimension = dimension(by);
        var figures = figures(dimension, fmt.area(jurisdiction), locale);
        var sheets = new ArrayList<ClassificationWorkbook.Sheet>();
        sheets.add(sheet(fmt.text("classification.page.stats.by." + dimension, locale), figures.groups(), locale));
        sheets.add(sheet(fmt.text("classification.page.stats.totals", locale), figures.totals(), locale));
        sheets.add(sheet(fmt.text("classification.page.stats.months", locale), figures.months(), locale));
        return ClassificationWorkbook.download("classification-statistics-" + dimension.name().toLowerCase(Locale.ROOT)
                + ".xlsx", sheets);
    }

    /** A chart's table as a sheet: the categories down, the series across (what the page's table shows). */
    private ClassificationWorkbook.Sheet sheet(String name, Chart chart, Locale locale) {
        var header = new ArrayList<String>();
        header.add(fmt.text("chart.category", locale));
        chart.series().forEach(series -> header.add(series.name()));
        List<List<Object>> rows = new ArrayList<>();
        for (int c = 0; c < chart.categories().size(); c++) {
            var row = new ArrayList<Object>();
            row.add(chart.categories().get(c));
            for (var series : chart.series()) {
                row.add(series.values().get(c));
            }
            rows.add(row);
        }
        return new ClassificationWorkbook.Sheet(name, header, rows);
    }

    private Figures figures(StatisticsDimension dimension, String area, Locale locale) {
        var statistics = classification.statistics(dimension, area);
        var keys = ClassificationFigures.keys(statistics.classes(), statistics.totals());
        var groups = statistics.rows().stream().map(row -> group(dimension, row.group(), locale)).toList();
        var series = keys.stream().map(key -> new Chart.Series(fmt.riskClass(key, locale), statistics.rows().stream()
                .<Number>map(row -> ClassificationFigures.count(row.counts(), key)).toList())).toList();
        var totals = Chart.bars(keys.stream().map(key -> fmt.riskClass(key, locale)).toList(), List.of(
                new Chart.Series(fmt.text("classification.page.entities", locale),
                        ClassificationFigures.values(statistics.totals(), keys))));
        return new Figures(statistics, keys, new Chart(Chart.Type.STACKED_BAR, "", groups, series), totals,
                months(area, statistics.classes(), locale));
    }

    private Chart months(String area, List<String> letters, Locale locale) {
        List<MonthlyChanges> changes = classification.changesByMonth(area, MONTHS);
        var categories = changes.stream().map(month -> month.month().toString()).toList();
        var keys = new ArrayList<String>(letters);
        changes.forEach(month -> month.intoClass().keySet().stream().filter(key -> !keys.contains(key)).forEach(keys::add));
        var series = keys.stream().map(key -> new Chart.Series(fmt.text("classification.page.stats.into", locale,
                fmt.riskClass(key, locale)), changes.stream()
                .<Number>map(month -> ClassificationFigures.count(month.intoClass(), key)).toList())).toList();
        return Chart.bars(categories, series);
    }

    /** A group of the breakdown as officers name it. */
    private String group(StatisticsDimension dimension, String group, Locale locale) {
        if (group == null) {
            return fmt.text("classification.page.stats.unknown", locale);
        }
        return switch (dimension) {
            case JURISDICTION -> fmt.jurisdiction(group, locale);
            case KIND -> fmt.textOr("kind." + group, group, locale);
            case INDUSTRY -> fmt.textOr("classification.page.industry." + group, group, locale);
            case REGION -> group;
        };
    }

    static StatisticsDimension dimension(String by) {
        for (var dimension : StatisticsDimension.values()) {
            if (dimension.name().equalsIgnoreCase(by)) {
                return dimension;
            }
        }
        return StatisticsDimension.JURISDICTION;
    }
}
