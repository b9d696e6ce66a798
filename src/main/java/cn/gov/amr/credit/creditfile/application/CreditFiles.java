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
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.lists.AnnualReportCompliance;
import cn.gov.amr.credit.lists.Lists;
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

    private final AnnualReportCompliance annualReports;
    private final Lists lists;

    CreditFiles(Registry registry, CreditRecords records, FlagStore flags, AnnualReportCompliance annualReports,
                Lists lists, Clock clock) {
        this.lists = lists;
        this.registry = registry;
        this.records = records;
        this.flags = flags;
        this.annualReports = annualReports;
        // the deadline is the lists' setting (annual-report compliance is theirs): 30 June by default
        this.policies = new FlagPolicies(java.time.MonthDay.from(annualReports.deadline(2000)));
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public CreditFile of(String rawCode) {
        MarketEntity entity = registry.find(rawCode);
        List<CreditRecord> recordList = records.of(entity.code());
        var today = LegalTime.today(clock);
        var current = new ArrayList<>(flags.current(entity.code(), today));
        var reads = FlagPolicies.reads(policies.onReading());
        var facts = new ArrayList<RecordFact>(recordList.stream()
                .filter(r -> reads.contains(r.kind()) && r.kind() != RecordKind.ANNUAL_REPORT)
                .map(r -> new RecordFact(entity.code(), r.kind(), r.documentNumber(), r.decidedOn(), r.validUntil()))
                .toList());
        // the years filed as the lists count them: the aggregated reports and the filings officers entered
        annualReports.filedYears(entity.code()).forEach(year -> facts.add(
                new RecordFact(entity.code(), RecordKind.ANNUAL_REPORT, Integer.toString(year), null, null)));
        var context = new FlagContext(today, facts, entity.establishedOn(), entity.status(),
                annualReports::reportsReceivedFor);
        current.addAll(FlagPolicies.flags(policies.onReading(), context));
        current.sort(Comparator.comparing(CreditFlag::flag));
        return new CreditFile(entity, recordList, current, lists.of(entity.code()));
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
