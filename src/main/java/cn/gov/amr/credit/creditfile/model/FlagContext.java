package cn.gov.amr.credit.creditfile.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.function.IntPredicate;

import cn.gov.amr.credit.ingestion.RecordFact;
import cn.gov.amr.credit.registry.EntityStatus;

/**
 * What a flag policy may look at for one entity on one day.
 *
 * @param today              the legal date (Asia/Shanghai) the flags are computed for
 * @param records            the entity's current records of (at least) the kinds the policies read
 * @param establishedOn      the entity's founding date; null when unknown (flags computed from records alone)
 * @param status             the entity's registration status; null when unknown
 * @param reportsReceivedFor whether the platform has received any annual reports for a year at all
 *                           (before that, a missing report says nothing)
 */
public record FlagContext(LocalDate today, Collection<RecordFact> records, LocalDate establishedOn,
                          EntityStatus status, IntPredicate reportsReceivedFor) {

    public FlagContext {
        records = List.copyOf(records);
    }

    /** The context of flags grounded in records only (computed when a batch names the entity). */
    public static FlagContext ofRecords(LocalDate today, Collection<RecordFact> records) {
        return new FlagContext(today, records, null, null, year -> false);
    }
}
