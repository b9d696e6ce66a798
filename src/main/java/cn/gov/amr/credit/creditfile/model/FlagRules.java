package cn.gov.amr.credit.creditfile.model;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import cn.gov.amr.credit.creditfile.CreditFlag;
import cn.gov.amr.credit.creditfile.FlagKind;
import cn.gov.amr.credit.ingestion.RecordFact;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.registry.EntityStatus;

/**
 * When an entity is flagged. Stored flags carry their end date, so a penalty's flag lapses at read
 * time on the day after its validity ends with no job to run; the annual-report flag depends on the
 * calendar and is computed when the file is read, and only for a year whose reports the platform
 * has received at all (before that, a missing report says nothing).
 */
public final class FlagRules {

    private FlagRules() {
    }

    /**
     * Flags grounded in an entity's records, counting only what is in force on {@code today} (stored;
     * filtered by {@code until} when read).
     */
    public static List<CreditFlag> fromRecords(LocalDate today, Collection<RecordFact> facts) {
        var flags = new ArrayList<CreditFlag>();
        var debts = facts.stream().filter(f -> f.kind() == RecordKind.DISHONEST_DEBTOR).toList();
        if (!debts.isEmpty()) {
            flags.add(new CreditFlag(FlagKind.DISHONEST_DEBTOR, earliest(debts), null, debts.size()));
        }
        // penalties and commendations in force today; the flag lapses at read time when the last of them ends
        var penalties = facts.stream().filter(f -> f.kind() == RecordKind.PENALTY && f.validUntil() != null
                && !f.validUntil().isBefore(today)).toList();
        if (!penalties.isEmpty()) {
            flags.add(new CreditFlag(FlagKind.PENALTY_IN_FORCE, earliest(penalties), latestEnd(penalties),
                    penalties.size()));
        }
        var commendations = facts.stream().filter(f -> f.kind() == RecordKind.COMMENDATION
                && (f.validUntil() == null || !f.validUntil().isBefore(today))).toList();
        if (!commendations.isEmpty()) {
            boolean openEnded = commendations.stream().anyMatch(f -> f.validUntil() == null);
            flags.add(new CreditFlag(FlagKind.COMMENDED, earliest(commendations),
                    openEnded ? null : latestEnd(commendations), commendations.size()));
        }
        return flags;
    }

    /**
     * The report year now due: last year's report once this year's deadline has passed, else the
     * year before.
     */
    public static int dueReportYear(LocalDate today, MonthDay deadline) {
        return deadline.atYear(today.getYear()).isBefore(today) ? today.getYear() - 1 : today.getYear() - 2;
    }

    /** Missing when the entity existed in the due year, is still active, and has no report for it. */
    public static Optional<CreditFlag> annualReportMissing(LocalDate establishedOn, EntityStatus status,
                                                            Collection<RecordFact> reports, LocalDate today,
                                                            MonthDay deadline) {
        int year = dueReportYear(today, deadline);
        if (status != EntityStatus.ACTIVE || establishedOn == null || establishedOn.getYear() > year) {
            return Optional.empty();
        }
        boolean filed = reports.stream().anyMatch(r -> r.kind() == RecordKind.ANNUAL_REPORT
                && String.valueOf(year).equals(r.naturalKey()));
        return filed ? Optional.empty()
                : Optional.of(new CreditFlag(FlagKind.ANNUAL_REPORT_MISSING, deadline.atYear(year + 1).plusDays(1), null, 1));
    }

    private static LocalDate earliest(List<RecordFact> facts) {
        return facts.stream().map(RecordFact::decidedOn).filter(d -> d != null).min(LocalDate::compareTo).orElse(null);
    }

    private static LocalDate latestEnd(List<RecordFact> facts) {
        return facts.stream().map(RecordFact::validUntil).filter(d -> d != null).max(LocalDate::compareTo).orElse(null);
    }
}
