package cn.gov.amr.credit.lists.web;

import java.time.LocalDate;
import java.util.List;

import cn.gov.amr.credit.lists.AnnualReportCompliance;
import cn.gov.amr.credit.lists.FilingRate;
import cn.gov.amr.credit.shared.Paged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Annual-report compliance: filing rates, non-filers, an officer's entry of a filing. */
@RestController
@Tag(name = "Lists")
class AnnualReportApiController {

    /** Filing rates of a report year. */
    record Rates(int reportYear, LocalDate deadline, List<FilingRate> byKind, List<FilingRate> byJurisdiction) {
    }

    /** An officer's entry that an entity filed its report (e.g. on paper). */
    record FilingEntry(String code, Integer reportYear, LocalDate filedOn) {
    }

    private final AnnualReportCompliance compliance;

    AnnualReportApiController(AnnualReportCompliance compliance) {
        this.compliance = compliance;
    }

    @GetMapping("/api/v1/lists/annual-reports/{year}/rates")
    @PreAuthorize(AbnormalListApiController.STAFF)
    @Operation(summary = "Filing rates of a report year by entity kind (within `jurisdiction` if given) and by "
            + "jurisdiction: entities due (active, existing by the year's end) and those that filed")
    Rates rates(@PathVariable int year, @RequestParam(required = false) String jurisdiction) {
        return new Rates(year, compliance.deadline(year),
                compliance.ratesByKind(year, jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction),
                compliance.ratesByJurisdiction(year));
    }

    @GetMapping("/api/v1/lists/annual-reports/{year}/non-filers")
    @PreAuthorize(AbnormalListApiController.STAFF)
    @Operation(summary = "Credit codes of the active entities due to file the year's report that have not, in code order")
    Paged<String> nonFilers(@PathVariable int year, @RequestParam(required = false) String jurisdiction,
                            @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "100") int size) {
        return compliance.nonFilers(year, jurisdiction, page, Math.max(1, Math.min(size, 1000)));
    }

    @PostMapping("/api/v1/lists/annual-reports/filings")
    @PreAuthorize(AbnormalListApiController.DECIDERS)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Enters that an entity filed a year's annual report on a day (its jurisdiction's officers); "
            + "an annual-report listing for that year then gets a removal proposal")
    void enter(@RequestBody FilingEntry entry) {
        compliance.enterFiling(entry.code(), entry.reportYear() == null ? 0 : entry.reportYear(), entry.filedOn());
    }
}
