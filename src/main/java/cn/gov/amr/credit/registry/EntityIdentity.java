package cn.gov.amr.credit.registry;

import java.time.LocalDate;

/**
 * The identifiers of a registered entity, for matching records from other systems to it. Names are
 * as registered; {@code reviewFlag} marks a code that fails its check but is real.
 */
public record EntityIdentity(String code, String registrationNumber, String organisationCode, String name,
                             String legalRepresentativeName, EntityKind kind, EntityStatus status,
                             LocalDate establishedOn, String jurisdiction, boolean reviewFlag) {
}
