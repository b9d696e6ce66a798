package cn.gov.amr.credit.classification.application;

import cn.gov.amr.credit.classification.model.EntityFacts;
import cn.gov.amr.credit.classification.model.EvaluationContext;
import cn.gov.amr.credit.creditfile.CreditFlags;
import cn.gov.amr.credit.creditfile.FlagKind;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.TypedRecord;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.registry.EntityProfile;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One entity's facts from what the readers fetched, the same way for one entity and for the whole
 * register: the credit file's record flags computed from the records ({@link CreditFlags}), the annual
 * report flag and the filed years from the {@code ANNUAL_REPORT} records plus the officers' entries.
 */
final class FactsAssembler {


    private static final Set<RecordKind> FLAG_KINDS = CreditFlags.kindsRead();

    private FactsAssembler() {
    }

    static EntityFacts facts(EntityProfile profile, List<TypedRecord> records, Map<ListKind, Integer> listingsInForce,
                             Set<Integer> entered, List<LocalDate> changeDays, int relatedBad, EvaluationContext context) {
        var flags = EnumSet.noneOf(FlagKind.class);
        var flagFacts = new java.util.ArrayList<cn.gov.amr.credit.ingestion.RecordFact>();
        for (var record : records) {
            if (FLAG_KINDS.contains(record.kind())) {
                flagFacts.add(record.fact());
            }
        }
        if (!flagFacts.isEmpty()) {
            flags.addAll(CreditFlags.fromRecords(context.today(), flagFacts));
        }
        var filed = new HashSet<Integer>(entered == null ? Set.of() : entered);
        for (var record : records) {
            if (record.kind() == RecordKind.ANNUAL_REPORT) {
                year(record.naturalKey()).ifPresent(filed::add);
            }
        }
        int due = context.dueReportYear();
        if (cn.gov.amr.credit.classification.model.Measures.filesAnnualReports(profile.kind()) && profile.establishedOn() != null
                && profile.establishedOn().getYear() <= due && context.reportsReceived().test(due) && !filed.contains(due)) {
            flags.add(FlagKind.ANNUAL_REPORT_MISSING);
        }
        return new EntityFacts(profile.code(), profile.name(), profile.kind(), profile.establishedOn(),
                profile.registeredCapital(), profile.industryCode(), profile.regionCode(), profile.jurisdiction(), records,
                flags, listingsInForce, filed, changeDays == null ? List.of() : changeDays, relatedBad);
    }

    private static java.util.Optional<Integer> year(String naturalKey) {
        try {
            return java.util.Optional.of(Integer.parseInt(naturalKey.strip()));
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
