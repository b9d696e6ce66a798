package cn.gov.amr.credit.lists.model;

import java.time.LocalDate;
import java.util.Set;

import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityStatus;

/**
 * What a listing or marking rule may look at: the entity as registered, the report years it filed, the
 * day of the decision and today.
 */
public record ListingFacts(EntityKind kind, EntityStatus status, LocalDate establishedOn, Set<Integer> filedYears,
                           LocalDate decidedOn, LocalDate today) {

    public ListingFacts {
        filedYears = Set.copyOf(filedYears);
    }
}
