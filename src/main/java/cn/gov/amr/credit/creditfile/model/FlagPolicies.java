package cn.gov.amr.credit.creditfile.model;

import cn.gov.amr.credit.creditfile.FlagKind;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import cn.gov.amr.credit.ingestion.RecordFact;
import cn.gov.amr.credit.ingestion.RecordKind;

/**
 * The active flag policies, in one place. Flags grounded in records ({@link #FROM_RECORDS}) are computed
 * when a batch names the entity and stored with their end date, so a flag lapses at read time the day
 * after its ground ends, with no job to run; calendar flags ({@link #onReading}) are computed each time
 * the file is read. A new flag is one more {@link FlagPolicy} class registered here.
 */
public final class FlagPolicies {

    /** Flags grounded in records in force, in the order they are computed and stored. */
    public static final List<FlagPolicy> FROM_RECORDS = List.of(new DishonestDebtorPolicy(), new PenaltyInForcePolicy(),
            new CommendedPolicy());

    private final List<FlagPolicy> onReading;

    /** @param annualReportDeadline the day by which last year's annual report is due ({@code credit.lists.annual-report-deadline}) */
    public FlagPolicies(MonthDay annualReportDeadline) {
        this.onReading = List.of(new AnnualReportMissingPolicy(annualReportDeadline));
    }

    /** Flags that depend on the calendar: computed when the file is read, never stored. */
    public List<FlagPolicy> onReading() {
        return onReading;
    }

    /** Every active policy, one per {@link FlagKind}. */
    public List<FlagPolicy> all() {
        return Stream.concat(FROM_RECORDS.stream(), onReading.stream()).toList();
    }

    /** The policy raising {@code kind} (to explain a stored flag, say). */
    public FlagPolicy of(FlagKind kind) {
        return all().stream().filter(p -> p.kind() == kind).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no policy raises " + kind));
    }

    /** Why {@code flag} is raised, as its own policy explains it. */
    public FlagExplanation explain(CreditFlag flag) {
        return of(flag.flag()).explain(flag);
    }

    /** The record kinds the given policies read. */
    public static Set<RecordKind> reads(Collection<FlagPolicy> policies) {
        var kinds = EnumSet.noneOf(RecordKind.class);
        policies.forEach(p -> kinds.addAll(p.reads()));
        return kinds;
    }

    /** The flags {@code policies} raise in {@code context}, in the policies' order. */
    public static List<CreditFlag> flags(List<FlagPolicy> policies, FlagContext context) {
        return policies.stream().flatMap(p -> p.flag(context).stream()).toList();
    }

    /** The flags grounded in an entity's records, counting only what is in force on {@code today}. */
    public static List<CreditFlag> fromRecords(LocalDate today, Collection<RecordFact> facts) {
        return flags(FROM_RECORDS, FlagContext.ofRecords(today, facts));
    }
}
