package cn.gov.amr.credit.creditfile.application;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.gov.amr.credit.creditfile.infrastructure.FlagStore;
import cn.gov.amr.credit.creditfile.model.CreditFile;
import cn.gov.amr.credit.creditfile.model.CreditFlag;
import cn.gov.amr.credit.creditfile.model.FlagContext;
import cn.gov.amr.credit.creditfile.model.FlagPolicies;
import cn.gov.amr.credit.ingestion.CreditRecord;
import cn.gov.amr.credit.ingestion.CreditRecords;
import cn.gov.amr.credit.ingestion.RecordFact;
import cn.gov.amr.credit.registry.MarketEntity;
import cn.gov.amr.credit.registry.Registry;
import cn.gov.amr.credit.shared.LegalTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Credit files: the entity, its records (newest first) and its flags in force today: the stored flags
 * grounded in records, and the calendar flags of {@link FlagPolicies#onReading()} computed now.
 */
@Service
public class CreditFiles {

    private final Registry registry;
    private final CreditRecords records;
    private final FlagStore flags;
    private final FlagPolicies policies;
    private final Clock clock;

    CreditFiles(Registry registry, CreditRecords records, FlagStore flags, CreditFileSettings settings, Clock clock) {
        this.registry = registry;
        this.records = records;
        this.flags = flags;
        this.policies = new FlagPolicies(settings.annualReportDeadline());
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CreditFile of(String rawCode) {
        MarketEntity entity = registry.find(rawCode);
        List<CreditRecord> recordList = records.of(entity.code());
        var today = LegalTime.today(clock);
        var current = new ArrayList<>(flags.current(entity.code(), today));
        var reads = FlagPolicies.reads(policies.onReading());
        var facts = recordList.stream().filter(r -> reads.contains(r.kind()))
                .map(r -> new RecordFact(entity.code(), r.kind(), r.documentNumber(), r.decidedOn(), r.validUntil()))
                .toList();
        var context = new FlagContext(today, facts, entity.establishedOn(), entity.status(),
                records::annualReportsReceivedFor);
        current.addAll(FlagPolicies.flags(policies.onReading(), context));
        current.sort(Comparator.comparing(CreditFlag::flag));
        return new CreditFile(entity, recordList, current);
    }

    /** Every version of one record of the entity, newest first. */
    @Transactional(readOnly = true)
    public List<CreditRecord> versions(String rawCode, long recordId) {
        MarketEntity entity = registry.find(rawCode);
        var versions = records.versions(recordId, entity.code());
        if (versions.isEmpty()) {
            throw new cn.gov.amr.credit.shared.Refusal(cn.gov.amr.credit.shared.Refusal.Kind.NOT_FOUND,
                    "RECORD_NOT_FOUND", recordId);
        }
        return versions;
    }
}
