package cn.gov.amr.credit.disclosure.model;

import java.math.BigDecimal;
import java.time.LocalDate;

import cn.gov.amr.credit.lists.ListMarks;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityStatus;
import cn.gov.amr.credit.registry.MarketEntity;

/**
 * An entity's basic information as published (DOMAIN §10): the legal representative by name only, every
 * text masked ({@link PublicText}). The code, the entity's public identifier (a credit code checked on
 * registration), is shown as it is. {@code abnormal} and {@code seriouslyDishonest} are its list marks
 * ({@link PublicEntitySummary}).
 */
public record PublicEntity(String code, String name, EntityKind kind, EntityStatus status, String legalRepresentative,
                           BigDecimal registeredCapital, LocalDate establishedOn, String authority, String address,
                           String businessScope, boolean abnormal, boolean seriouslyDishonest) {

    public static PublicEntity of(MarketEntity e, ListMarks marks) {
        return new PublicEntity(e.code(), e.name(), e.kind(), e.status(),
                e.legalRepresentative() == null ? null : e.legalRepresentative().name(), e.registeredCapital(),
                e.establishedOn(), e.authority(), e.address(), e.businessScope(), marks.abnormal(), marks.seriouslyDishonest())
                .masked();
    }

    /** The same with every text passed through {@link PublicText}. */
    public PublicEntity masked() {
        return new PublicEntity(code, PublicText.of(name), kind, status, PublicText.of(legalRepresentative),
                registeredCapital, establishedOn, PublicText.of(authority), PublicText.of(address),
                PublicText.of(businessScope), abnormal, seriouslyDishonest);
    }
}
