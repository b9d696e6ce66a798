package cn.gov.amr.credit.registry.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityStatus;
import cn.gov.amr.credit.registry.LegalRepresentative;

/**
 * What a caller submits to register or change an entity (POST / PUT body). Only {@code code},
 * {@code name} and {@code kind} are required. On a change, an absent or masked ID number of the
 * legal representative keeps the stored one.
 */
public record EntityDraft(String code, String name, EntityKind kind, LegalRepresentative legalRepresentative,
                          String registrationNumber, String organisationCode, List<String> formerNames,
                          BigDecimal registeredCapital, LocalDate establishedOn, String authority, EntityStatus status,
                          String address, String town, String regionCode, String industryCode, String businessScope,
                          String jurisdiction) {

    public EntityDraft {
        formerNames = formerNames == null ? List.of() : formerNames;
    }

    @Override
    public String toString() {
        return "EntityDraft[code=" + code + ", name=" + name + ", kind=" + kind + "]";
    }
}
