package cn.gov.amr.credit.classification.application;

import cn.gov.amr.credit.classification.model.EntityFacts;
import cn.gov.amr.credit.classification.model.EvaluationContext;
import cn.gov.amr.credit.creditfile.CreditFlags;
import cn.gov.amr.credit.creditfile.FlagKind;
import cn.gov.amr.credit.ingestion.CreditRecords;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.TypedRecord;
import cn.gov.amr.credit.lists.AnnualReportCompliance;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.Lists;
import cn.gov.amr.credit.registry.EntityProfile;
import cn.gov.amr.credit.registry.EntityProfiles;
import cn.gov.amr.credit.shared.LegalTime;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a pass over the register needs besides the two streams, read once before it: the listings in
 * force, the entities that make a legal representative's other entities "related bad" (listed or
 * dishonest debtors) counted per representative key, the officers' annual-report entries, and the days
 * of registry changes in the model's window. All small next to the register.
 */
@Component
class BulkFacts {

    private final Lists lists;
    private final CreditRecords records;
    private final EntityProfiles profiles;
    private final AnnualReportCompliance annualReports;

    BulkFacts(Lists lists, CreditRecords records, EntityProfiles profiles, AnnualReportCompliance annualReports) {
        this.lists = lists;
        this.records = records;
        this.profiles = profiles;
        this.annualReports = annualReports;
    }

    /** The facts read before the pass. */
    record Prepared(Map<String, Map<ListKind, Integer>> listingsInForce, Set<String> bad, Map<String, Integer> badPerKey,
                    Map<String, Set<Integer>> entered, Map<String, List<LocalDate>> changeDays) {
    }

    @Transactional(readOnly = true)
    public Prepared prepare(EvaluationContext context, ModelPlan plan) {
        LocalDate today = context.today();
        var inForce = new HashMap<String, Map<ListKind, Integer>>();
        try (var all = lists.streamAll(Arrays.asList(ListKind.values()))) {
            all.filter(l -> l.inForceOn(today)).forEach(l -> inForce
                    .computeIfAbsent(l.entityCode(), c -> new EnumMap<>(ListKind.class)).merge(l.list(), 1, Integer::sum));
        }
        var bad = new HashSet<>(inForce.keySet());
        try (var debtors = records.streamForRules(Set.of(RecordKind.DISHONEST_DEBTOR), Map.of())) {
            debtors.collect(Collectors.groupingBy(TypedRecord::entityCode)).forEach((code, recs) -> {
                if (CreditFlags.fromRecords(today, recs.stream().map(TypedRecord::fact).toList())
                        .contains(FlagKind.DISHONEST_DEBTOR)) {
                    bad.add(code);
                }
            });
        }
        var perKey = new HashMap<String, Integer>();
        var badList = new ArrayList<>(bad);
        for (int from = 0; from < badList.size(); from += 10_000) {
            for (var profile : profiles.of(badList.subList(from, Math.min(badList.size(), from + 10_000)))) {
                if (profile.representativeKey() != null) {
                    perKey.merge(profile.representativeKey(), 1, Integer::sum);
                }
            }
        }
        var since = today.minusMonths(plan.changeWindowMonths()).atStartOfDay(LegalTime.ZONE).toInstant();
        return new Prepared(inForce, bad, perKey, annualReports.enteredFilings(), profiles.changeDays(null, since));
    }

    EntityFacts facts(EntityProfile profile, List<TypedRecord> recordsOf, Prepared prepared, EvaluationContext context) {
        int related = 0;
        if (profile.representativeKey() != null) {
            related = prepared.badPerKey().getOrDefault(profile.representativeKey(), 0)
                    - (prepared.bad().contains(profile.code()) ? 1 : 0);
        }
        return FactsAssembler.facts(profile, recordsOf, prepared.listingsInForce().getOrDefault(profile.code(), Map.of()),
                prepared.entered().get(profile.code()), prepared.changeDays().get(profile.code()), related, context);
    }
}
