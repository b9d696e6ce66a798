package cn.gov.amr.credit.lists;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import cn.gov.amr.credit.shared.Paged;

/**
 * Annual-report compliance (年报): per entity and report year, filed or not, from the {@code ANNUAL_REPORT}
 * records aggregated and from filings an officer entered; the year now due and its deadline (30 June
 * [config]); filing rates; the non-filers once the deadline has passed.
 */
public interface AnnualReportCompliance {

    /** The report year due on {@code today}: last year's once this year's deadline has passed, else the year before. */
    int dueYear(LocalDate today);

    /** The last day to file the report of {@code reportYear} (30 June of the next year by default). */
    LocalDate deadline(int reportYear);

    /** The report years the entity has filed. */
    Set<Integer> filedYears(String entityCode);

    /**
     * The report years officers entered as filed (on paper, say), by entity: for bulk readers that take
     * the aggregated {@code ANNUAL_REPORT} records from ingestion themselves. Small: loaded whole.
     */
    java.util.Map<String, Set<Integer>> enteredFilings();

    /** Whether the platform has received any annual report for that year at all (no data: no non-filers). */
    boolean reportsReceivedFor(int reportYear);

    /** Records an officer's entry that an entity filed (e.g. on paper); refused outside the officer's jurisdiction. */
    void enterFiling(String entityCode, int reportYear, LocalDate filedOn);

    /** Filing rates of a report year by entity kind and by jurisdiction ({@code jurisdiction} null: city). */
    List<FilingRate> ratesByKind(int reportYear, String jurisdiction);

    List<FilingRate> ratesByJurisdiction(int reportYear);

    /** Active entities due to file for the year that have not, by code (page from 1). */
    Paged<String> nonFilers(int reportYear, String jurisdiction, int page, int size);
}
