package cn.gov.amr.credit.lists.application;

import java.util.HashSet;
import java.util.Set;

import cn.gov.amr.credit.ingestion.CreditRecords;
import cn.gov.amr.credit.ingestion.RecordFact;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.lists.infrastructure.FilingEntryStore;
import org.springframework.stereotype.Component;

/** The report years an entity filed: its aggregated {@code ANNUAL_REPORT} records and the officers' entries. */
@Component
class FiledYears {

    private final CreditRecords records;
    private final FilingEntryStore entries;

    FiledYears(CreditRecords records, FilingEntryStore entries) {
        this.records = records;
        this.entries = entries;
    }

    Set<Integer> of(String entityCode) {
        var years = new HashSet<Integer>(entries.yearsOf(entityCode));
        for (RecordFact fact : records.facts(java.util.List.of(entityCode), java.util.List.of(RecordKind.ANNUAL_REPORT))) {
            year(fact.naturalKey()).ifPresent(years::add);
        }
        return years;
    }

    static java.util.Optional<Integer> year(String naturalKey) {
        try {
            return java.util.Optional.of(Integer.parseInt(naturalKey.strip()));
        } catch (RuntimeException notAYear) {
            return java.util.Optional.empty();
        }
    }
}
