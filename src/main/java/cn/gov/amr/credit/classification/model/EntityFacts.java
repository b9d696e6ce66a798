package cn.gov.amr.credit.classification.model;

import cn.gov.amr.credit.creditfile.FlagKind;
import cn.gov.amr.credit.ingestion.TypedRecord;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.registry.EntityKind;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the indicators read of one entity: registry attributes, its current records (typed; only the
 * fields the model reads need be present), the credit file's flags, its listings in force per list,
 * the annual-report years it filed, the days of its registry changes, and the number of related bad
 * entities (same legal representative ID number).
 */
public record EntityFacts(String code, String name, EntityKind kind, LocalDate establishedOn, BigDecimal capital,
                          String industryCode, String regionCode, String jurisdiction, List<TypedRecord> records,
                          Set<FlagKind> flags, Map<ListKind, Integer> listingsInForce, Set<Integer> filedYears,
                          List<LocalDate> registrationChanges, int relatedBadEntities) {
}
