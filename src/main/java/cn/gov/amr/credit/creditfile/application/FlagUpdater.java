package cn.gov.amr.credit.creditfile.application;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.amr.credit.creditfile.infrastructure.FlagStore;
import cn.gov.amr.credit.creditfile.model.CreditFlag;
import cn.gov.amr.credit.creditfile.model.FlagPolicies;
import cn.gov.amr.credit.ingestion.BatchAccepted;
import cn.gov.amr.credit.ingestion.CreditRecords;
import cn.gov.amr.credit.ingestion.RecordKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recomputes the stored flags of exactly the entities a batch named. Updates run one at a time
 * (an advisory lock), each reading the records after the previous one committed, so two batches'
 * updates never overwrite each other with stale facts. Delivered through the event publication
 * registry: a publication not completed (crash, error) is delivered again ({@code EventRetryJob}).
 */
@Component
class FlagUpdater {

    /** The record kinds the stored flags rest on. */
    static final Set<RecordKind> FLAG_KINDS = FlagPolicies.reads(FlagPolicies.FROM_RECORDS);

    private final CreditRecords records;
    private final FlagStore flags;
    private final Clock clock;

    FlagUpdater(CreditRecords records, FlagStore flags, Clock clock) {
        this.records = records;
        this.flags = flags;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(BatchAccepted event) {
        recompute(event.entityCodes());
    }

    @Transactional
    void recompute(List<String> entityCodes) {
        flags.lockForUpdate();
        var byEntity = records.facts(entityCodes, FLAG_KINDS).stream()
                .collect(Collectors.groupingBy(cn.gov.amr.credit.ingestion.RecordFact::entityCode));
        var computed = new HashMap<String, List<CreditFlag>>();
        var today = cn.gov.amr.credit.shared.LegalTime.today(clock);
        byEntity.forEach((code, facts) -> computed.put(code, FlagPolicies.fromRecords(today, facts)));
        flags.replace(entityCodes, computed, clock.instant());
    }
}
