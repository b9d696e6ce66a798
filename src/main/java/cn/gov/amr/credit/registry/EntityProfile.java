package cn.gov.amr.credit.registry;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a rule reads of an entity besides its identifiers: kind, status, establishment, registered
 * capital (万元), industry (GB/T 4754 code), region and jurisdiction, and a key of its legal
 * representative's ID number ({@code representativeKey}: a SHA-256 of the ID type and number, null when
 * no number is registered) so that entities sharing a legal representative can be matched by ID number
 * without the number itself leaving the registry.
 */
public record EntityProfile(String code, String name, EntityKind kind, EntityStatus status, LocalDate establishedOn,
                            BigDecimal registeredCapital, String industryCode, String regionCode,
                            String jurisdiction, String representativeKey) {
}
