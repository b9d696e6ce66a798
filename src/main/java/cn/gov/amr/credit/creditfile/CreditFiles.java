package cn.gov.amr.credit.creditfile;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import cn.gov.amr.credit.creditfile.infrastructure.FlagStore;
import cn.gov.amr.credit.creditfile.model.FlagRules;
import cn.gov.amr.credit.ingestion.CreditRecord;
import cn.gov.amr.credit.ingestion.CreditRecords;
import cn.gov.amr.credit.ingestion.RecordFact;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.registry.MarketEntity;
import cn.gov.amr.credit.registry.Registry;
import cn.gov.amr.credit.shared.LegalTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Credit files: the entity, its records (newest first) and its flags in force today. */
@Service
public class CreditFiles {

    private final Registry registry;
    private final CreditRecords records;
    private final FlagStore flags;
    private final CreditFileSettings settings;
    private final Clock clock;

    CreditFiles(Registry registry, CreditRecords records, FlagStore flags, CreditFileSettings settings, Clock clock) {
        this.registry = registry;
        this.records = records;
        this.flags = flags;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CreditFile of(String rawCode) {
        MarketEntity entity = registry.find(rawCode);
        List<CreditRecord> recordList = records.of(entity.code());
        var today = LegalTime.today(clock);
        var current = new ArrayList<>(flags.current(entity.code(), today));
        var reports = recordList.stream().filter(r -> r.kind() == RecordKind.ANNUAL_REPORT)
                .map(r -> new RecordFact(entity.code(), r.kind(), r.documentNumber(), r.decidedOn(), r.validUntil()))
                .toList();
        if (records.annualReportsReceivedFor(FlagRules.dueReportYear(today, settings.annualReportDeadline()))) {
            FlagRules.annualReportMissing(entity.establishedOn(), entity.status(), reports, today,
                    settings.annualReportDeadline()).ifPresent(current::add);
        }
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
