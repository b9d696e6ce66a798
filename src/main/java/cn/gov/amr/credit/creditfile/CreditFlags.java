package cn.gov.amr.credit.creditfile;

import cn.gov.amr.credit.creditfile.model.CreditFlag;
import cn.gov.amr.credit.creditfile.model.FlagPolicies;
import cn.gov.amr.credit.ingestion.RecordFact;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The credit file's record-grounded flags computed from an entity's current records, for modules that
 * read many entities at once (classification's full run) or must not wait for the stored flags: the
 * same policies the credit file stores, evaluated on {@code today}. The annual-report flag is not here:
 * it rests on the lists' compliance, which callers read from the lists.
 */
public final class CreditFlags {

    private CreditFlags() {
    }

    /** The record kinds the flags read (callers fetch only these). */
    public static Set<cn.gov.amr.credit.ingestion.RecordKind> kindsRead() {
        return FlagPolicies.reads(FlagPolicies.FROM_RECORDS);
    }

    /** The flags raised on {@code today} by one entity's current records. */
    public static Set<FlagKind> fromRecords(LocalDate today, Collection<RecordFact> facts) {
        var flags = EnumSet.noneOf(FlagKind.class);
        FlagPolicies.fromRecords(today, facts).stream().map(CreditFlag::flag).forEach(flags::add);
        return flags;
    }
}
