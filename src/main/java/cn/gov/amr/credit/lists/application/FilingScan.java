package cn.gov.amr.credit.lists.application;

import java.util.Iterator;
import java.util.function.BiConsumer;

import cn.gov.amr.credit.ingestion.CreditRecords;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.lists.infrastructure.FilingEntryStore;
import cn.gov.amr.credit.registry.EntityIdentity;
import cn.gov.amr.credit.registry.Registry;
import org.springframework.stereotype.Component;

/**
 * One pass over the register telling, for each entity, whether it filed a year's annual report (an
 * aggregated {@code ANNUAL_REPORT} record, or an officer's entry): the registry's stream and the stream of
 * filers, both in code order, merged as they go, so a million entities need neither a join across modules
 * nor a million codes in memory. Runs inside the caller's transaction.
 */
@Component
class FilingScan {

    private final Registry registry;
    private final CreditRecords records;
    private final FilingEntryStore entries;

    FilingScan(Registry registry, CreditRecords records, FilingEntryStore entries) {
        this.registry = registry;
        this.records = records;
        this.entries = entries;
    }

    /** Calls {@code visitor} with every registered entity (in code order) and whether it filed for {@code year}. */
    void scan(int year, BiConsumer<EntityIdentity, Boolean> visitor) {
        var entered = entries.codesFor(year);
        try (var entities = registry.streamIdentities();
             var filers = records.streamEntityCodes(RecordKind.ANNUAL_REPORT, Integer.toString(year))) {
            Iterator<String> filed = filers.iterator();
            String nextFiler = filed.hasNext() ? filed.next() : null;
            for (Iterator<EntityIdentity> it = entities.iterator(); it.hasNext(); ) {
                EntityIdentity entity = it.next();
                while (nextFiler != null && nextFiler.compareTo(entity.code()) < 0) {
                    nextFiler = filed.hasNext() ? filed.next() : null;
                }
                boolean hasRecord = entity.code().equals(nextFiler);
                visitor.accept(entity, hasRecord || entered.contains(entity.code()));
            }
        }
    }
}
