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
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.Lists;
import cn.gov.amr.credit.registry.EntityProfiles;
import cn.gov.amr.credit.shared.LegalTime;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the facts of a few entities at once (the continuous path): a handful of queries per call, not per entity. */
@Component
class FactsReader {

    private final EntityProfiles profiles;
    private final CreditRecords records;
    private final Lists lists;
    private final AnnualReportCompliance annualReports;
    private final Clock clock;

    FactsReader(EntityProfiles profiles, CreditRecords records, Lists lists, AnnualReportCompliance annualReports,
                Clock clock) {
        this.profiles = profiles;
        this.records = records;
        this.lists = lists;
        this.annualReports = annualReports;
        this.clock = clock;
    }

    EvaluationContext context() {
        LocalDate today = LegalTime.today(clock);
        var received = new HashMap<Integer, Boolean>();
        return new EvaluationContext(today, annualReports.dueYear(today),
                year -> received.computeIfAbsent(year, annualReports::reportsReceivedFor));
    }

    List<EntityFacts> read(Collection<String> codes, ModelPlan plan, EvaluationContext context) {
        var found = profiles.of(codes);
        if (found.isEmpty()) {
            return List.of();
        }
        var known = found.stream().map(p -> p.code()).toList();
        Map<String, List<TypedRecord>> byEntity = records.forRules(known, plan.kinds()).stream()
                .collect(Collectors.groupingBy(TypedRecord::entityCode));
        var inForce = listingsInForce(known, context.today());
        var entered = annualReports.enteredFilings();
        var since = context.today().minusMonths(plan.changeWindowMonths()).atStartOfDay(LegalTime.ZONE).toInstant();
        var changes = profiles.changeDays(known, since);
        var related = relatedBad(known, context.today());
        var facts = new ArrayList<EntityFacts>();
        for (var profile : found) {
            facts.add(FactsAssembler.facts(profile, byEntity.getOrDefault(profile.code(), List.of()),
                    inForce.getOrDefault(profile.code(), Map.of()), entered.get(profile.code()),
                    changes.get(profile.code()), related.getOrDefault(profile.code(), 0), context));
        }
        return facts;
    }

    /** Listings in force per entity and list: the lists' marks first, then the listings of the marked few. */
    private Map<String, Map<ListKind, Integer>> listingsInForce(Collection<String> codes, LocalDate today) {
        var marked = lists.marksOf(codes, today).entrySet().stream()
                .filter(e -> e.getValue().abnormal() || e.getValue().seriouslyDishonest()).map(Map.Entry::getKey).toList();
        var inForce = new HashMap<String, Map<ListKind, Integer>>();
        for (String code : marked) {
            var counts = new EnumMap<ListKind, Integer>(ListKind.class);
            lists.of(code).stream().filter(l -> l.inForceOn(today)).map(Listing::list)
                    .forEach(kind -> counts.merge(kind, 1, Integer::sum));
            inForce.put(code, counts);
        }
        return inForce;
    }

    /** Per entity, how many others share its legal representative's ID number and are listed or dishonest debtors. */
    Map<String, Integer> relatedBad(Collection<String> codes, LocalDate today) {
        var sharing = profiles.sharingRepresentative(codes);
        if (sharing.isEmpty()) {
            return Map.of();
        }
        Set<String> others = new HashSet<>();
        sharing.values().forEach(others::addAll);
        var bad = new HashSet<String>();
        lists.marksOf(others, today).forEach((code, marks) -> {
            if (marks.abnormal() || marks.seriouslyDishonest()) {
                bad.add(code);
            }
        });
        records.forRules(others, Set.of(RecordKind.DISHONEST_DEBTOR)).stream()
                .collect(Collectors.groupingBy(TypedRecord::entityCode)).forEach((code, recs) -> {
                    if (CreditFlags.fromRecords(today, recs.stream().map(TypedRecord::fact).toList())
                            .contains(FlagKind.DISHONEST_DEBTOR)) {
                        bad.add(code);
                    }
                });
        var counts = new HashMap<String, Integer>();
        sharing.forEach((code, sharers) -> counts.put(code, (int) sharers.stream().filter(bad::contains).count()));
        return counts;
    }

}
