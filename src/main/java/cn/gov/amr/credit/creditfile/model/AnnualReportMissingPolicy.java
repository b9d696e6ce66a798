package cn.gov.amr.credit.creditfile.model;

import cn.gov.amr.credit.creditfile.FlagKind;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.Optional;
import java.util.Set;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.registry.EntityStatus;

/**
 * 未按期报送年度报告: an active entity that existed in the report year now due and has no annual report
 * for it is flagged from the day after the deadline. The year due turns the day after the deadline
 * (the lists' setting {@code credit.lists.annual-report-deadline}, 30 June): last year's report once this year's
 * deadline has passed, else the year before. The flag depends on the calendar, so it is computed when
 * the file is read, and only for a year whose reports the platform has received at all.
 */
public final class AnnualReportMissingPolicy implements FlagPolicy {

    static final String WHY = "flag.ANNUAL_REPORT_MISSING.why";

    private final MonthDay deadline;

    /** @param deadline the day by which last year's report is due */
    public AnnualReportMissingPolicy(MonthDay deadline) {
        this.deadline = deadline;
    }

    @Override
    public FlagKind kind() {
        return FlagKind.ANNUAL_REPORT_MISSING;
    }

    @Override
    public Set<RecordKind> reads() {
        return Set.of(RecordKind.ANNUAL_REPORT);
    }

    /** The report year now due on {@code today}. */
    public int dueReportYear(LocalDate today) {
        return deadline.atYear(today.getYear()).isBefore(today) ? today.getYear() - 1 : today.getYear() - 2;
    }

    @Override
    public Optional<CreditFlag> flag(FlagContext context) {
        int year = dueReportYear(context.today());
        if (!context.reportsReceivedFor().test(year) || context.status() != EntityStatus.ACTIVE
                || context.establishedOn() == null || context.establishedOn().getYear() > year) {
            return Optional.empty();
        }
        boolean filed = context.records().stream().anyMatch(r -> r.kind() == RecordKind.ANNUAL_REPORT
                && String.valueOf(year).equals(r.naturalKey()));
        return filed ? Optional.empty()
                : Optional.of(new CreditFlag(kind(), deadline.atYear(year + 1).plusDays(1), null, 1));
    }

    /** "The annual report for 2025 was due by 2026-06-30": the year and its deadline, read back from the flag. */
    @Override
    public FlagExplanation explain(CreditFlag flag) {
        LocalDate due = flag.since().minusDays(1);
        return FlagExplanation.of(WHY, Year.of(due.getYear() - 1), due);
    }
}
