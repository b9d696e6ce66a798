package cn.gov.amr.credit.ingestion.web;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.application.Coverage;
import cn.gov.amr.credit.ingestion.application.CoverageStatistics;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Coverage statistics of aggregation: totals, records by department, kind and month, top quarantine reasons. */
@Controller
@PreAuthorize(IngestionPages.STAFF)
class CoveragePageController {

    private final CoverageStatistics statistics;

    CoveragePageController(CoverageStatistics statistics) {
        this.statistics = statistics;
    }

    /** Records of one month of decision, in all and per kind. */
    record MonthLine(String month, long records, Map<RecordKind, Long> byKind) {
    }

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
}
