package cn.gov.amr.credit.registry;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A market entity as the registry holds it. {@code code} (the unified social credit code) never
 * changes. {@code registeredCapital} is in 万元 (10,000 yuan). {@code reviewFlag} marks an entity
 * whose code fails its check but was loaded from the registration system (real data has a few).
 * Instances handed out by {@link Registry} have the legal representative's ID number masked unless
 * it was explicitly revealed.
 */
public record MarketEntity(String code, String registrationNumber, String organisationCode, String name,
                           List<String> formerNames, EntityKind kind, LegalRepresentative legalRepresentative,
                           BigDecimal registeredCapital, LocalDate establishedOn, String authority,
                           EntityStatus status, String address, String town, String regionCode, String industryCode,
                           String businessScope, String jurisdiction, boolean reviewFlag, String reviewReason,
                           int version, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public MarketEntity {
        formerNames = formerNames == null ? List.of() : List.copyOf(formerNames);
    }

    /** The same entity with the legal representative's ID number masked. */
    public MarketEntity masked() {
        return legalRepresentative == null ? this : withLegalRepresentative(legalRepresentative.masked());
    }

    MarketEntity withLegalRepresentative(LegalRepresentative representative) {
        return new MarketEntity(code, registrationNumber, organisationCode, name, formerNames, kind, representative,
                registeredCapital, establishedOn, authority, status, address, town, regionCode, industryCode,
                businessScope, jurisdiction, reviewFlag, reviewReason, version, createdAt, createdBy, updatedAt,
                updatedBy);
    }
}
