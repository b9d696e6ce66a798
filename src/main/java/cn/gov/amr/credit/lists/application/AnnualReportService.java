package cn.gov.amr.credit.lists.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.ingestion.CreditRecords;
import cn.gov.amr.credit.lists.AnnualReportCompliance;
import cn.gov.amr.credit.lists.FilingRate;
import cn.gov.amr.credit.lists.infrastructure.FilingEntryStore;
import cn.gov.amr.credit.lists.model.AnnualReportSchedule;
import cn.gov.amr.credit.shared.Paged;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Annual-report compliance ({@link AnnualReportCompliance}). Rates and non-filers come from one pass over
 * the register ({@link FilingScan}), kept for a few minutes per year (a million entities take seconds) and
 * dropped as soon as a filing arrives through this instance.
 */
@Service
class AnnualReportService implements AnnualReportCompliance {

    private static final long KEEP_NANOS = 5L * 60 * 1_000_000_000L;
    private final AnnualReportSchedule schedule;
    private final FiledYears filed;
    private final FilingEntryStore entries;
    private final CreditRecords records;
    private final FilingScan scan;
    private final DecisionSupport support;
    private final ProposalRaiser raiser;
    private final AuditLog audit;
    private final Map<Integer, FilingSnapshot> snapshots = new ConcurrentHashMap<>();

    AnnualReportService(ListSettings settings, FiledYears filed, FilingEntryStore entries, CreditRecords records,
                        FilingScan scan, DecisionSupport support, ProposalRaiser raiser, AuditLog audit) {
        this.schedule = settings.schedule();
        this.filed = filed;
        this.entries = entries;
        this.records = records;
        this.scan = scan;
        this.support = support;
        this.raiser = raiser;
        this.audit = audit;
    }

    @Override
    public int dueYear(LocalDate today) {
        return schedule.dueYear(today);
    }

    @Override
    public LocalDate deadline(int reportYear) {
        return schedule.deadline(reportYear);
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Integer> filedYears(String entityCode) {
        return filed.of(entityCode);
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Map<String, Set<Integer>> enteredFilings() {
        return entries.all();
    }

    @Override
    @Transactional(readOnly = true)
    public boolean reportsReceivedFor(int reportYear) {
        return records.annualReportsReceivedFor(reportYear) || entries.anyFor(reportYear);
    }

    @Override
    @Transactional
    public void enterFiling(String entityCode, int reportYear, LocalDate filedOn) {
        support.fields().required("filedOn", filedOn).check();
        var entity = support.entity(entityCode);
        support.requireJurisdiction(entity.jurisdiction());
        LocalDate today = support.today();
        if (reportYear < 2000 || reportYear >= today.getYear() || filedOn.isAfter(today)
                || filedOn.getYear() <= reportYear) {
            throw DecisionSupport.unprocessable("FILING_DATES_INVALID", reportYear, filedOn);
        }
        if (entries.enter(entity.code(), reportYear, filedOn, support.caller().name(), support.clock().instant())) {
            audit.record(ListAuditActions.FILING_ENTERED, entity.code(),
                    Map.of("reportYear", Integer.toString(reportYear), "filedOn", filedOn.toString()));
        }
        snapshots.remove(reportYear);
        raiser.remedied(List.of(entity.code()));
    }

    /** Forgets the counted filing of a year (a batch of annual reports arrived). */
    void forget(int reportYear) {
        snapshots.remove(reportYear);
    }

    @Override
    @Transactional(readOnly = true)
    public List<FilingRate> ratesByKind(int reportYear, String jurisdiction) {
        return snapshot(reportYear).byKind(jurisdiction);
    }

    @Override
    @Transactional(readOnly = true)
    public List<FilingRate> ratesByJurisdiction(int reportYear) {
        return snapshot(reportYear).byJurisdiction();
    }

    @Override
    @Transactional(readOnly = true)
    public Paged<String> nonFilers(int reportYear, String jurisdiction, int page, int size) {
        var all = snapshot(reportYear).nonFilers(jurisdiction == null || jurisdiction.isBlank() ? null : jurisdiction);
        int from = (int) Math.min(all.size(), (long) (Math.max(1, page) - 1) * size);
        int to = Math.min(all.size(), from + size);
        return Paged.of(all.subList(from, to).stream().map(FilingSnapshot.NonFiler::code).toList(), Math.max(1, page),
                size, all.size());
    }

    private FilingSnapshot snapshot(int year) {
        if (year < 2000 || year > support.today().getYear()) {
            throw new Refusal(Refusal.Kind.INVALID, "REPORT_YEAR_INVALID", year);
        }
        var kept = snapshots.get(year);
        long now = System.nanoTime();
        if (kept != null && now - kept.takenAtNanos() < KEEP_NANOS) {
            return kept;
        }
        var fresh = new FilingSnapshot(year, now);
        scan.scan(year, fresh::add);
        snapshots.put(year, fresh);
        return fresh;
    }
}
