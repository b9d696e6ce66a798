package cn.gov.amr.credit.registry.model;

import java.time.Instant;

import cn.gov.amr.credit.registry.EntityStatus;
import cn.gov.amr.credit.registry.LegalRepresentative;
import cn.gov.amr.credit.registry.MarketEntity;
import cn.gov.amr.credit.shared.Identifiers;
import cn.gov.amr.credit.shared.VisibleText;

/** How a submitted draft becomes what the registry stores: visible text only, trimmed, normalised identifiers. */
public final class EntityDrafts {

    private EntityDrafts() {
    }

    /** The submitted representative, keeping the stored ID number when the submitted one is absent or masked. */
    public static LegalRepresentative keepStoredIdNumber(LegalRepresentative submitted, LegalRepresentative stored) {
        if (submitted == null) {
            return null;
        }
        String number = submitted.idNumber();
        if ((number == null || number.isBlank() || Masking.isMasked(number)) && stored != null) {
            return new LegalRepresentative(submitted.name(), stored.idType(), stored.idNumber());
        }
        return submitted;
    }

    /** A new version of an entity from a draft: texts trimmed, identifiers normalised, region from the code. */
    public static MarketEntity build(String code, EntityDraft d, LegalRepresentative representative, boolean flagged,
                                      String reviewReason, int version, Instant createdAt, String createdBy,
                                      Instant updatedAt, String updatedBy) {
        return new MarketEntity(code, normalizedOrNull(d.registrationNumber()),
                normalizedOrNull(d.organisationCode()), d.name().strip(),
                d.formerNames().stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList(),
                d.kind(), normalize(representative), d.registeredCapital(), d.establishedOn(), trim(d.authority()),
                d.status() == null ? EntityStatus.ACTIVE : d.status(), trim(d.address()), trim(d.town()),
                d.regionCode() == null || d.regionCode().isBlank() ? regionOf(code) : d.regionCode().strip(),
                d.industryCode() == null || d.industryCode().isBlank() ? null : d.industryCode().strip().toUpperCase(),
                trim(d.businessScope()), trim(d.jurisdiction()), flagged, reviewReason, version, createdAt, createdBy,
                updatedAt, updatedBy);
    }

    /**
     * The draft's texts without invisible and control characters ({@link VisibleText}): the registry's door,
     * so that what is stored is what anyone reads, and a number split by zero-width characters is stored whole.
     */
    public static EntityDraft visible(EntityDraft d) {
        var r = d.legalRepresentative();
        var representative = r == null ? null
                : new LegalRepresentative(VisibleText.of(r.name()), r.idType(), VisibleText.of(r.idNumber()));
        return new EntityDraft(VisibleText.of(d.code()), VisibleText.of(d.name()), d.kind(), representative,
                VisibleText.of(d.registrationNumber()), VisibleText.of(d.organisationCode()),
                d.formerNames().stream().map(VisibleText::of).toList(), d.registeredCapital(), d.establishedOn(),
                VisibleText.of(d.authority()), d.status(), VisibleText.of(d.address()), VisibleText.of(d.town()),
                VisibleText.of(d.regionCode()), VisibleText.of(d.industryCode()), VisibleText.of(d.businessScope()),
                VisibleText.of(d.jurisdiction()));
    }

    private static LegalRepresentative normalize(LegalRepresentative r) {
        if (r == null || (isBlank(r.name()) && isBlank(r.idNumber()))) {
            return null;
        }
        String number = isBlank(r.idNumber()) ? null
                : Masking.isMasked(r.idNumber()) ? r.idNumber() : Identifiers.normalize(r.idNumber());
        return new LegalRepresentative(trim(r.name()), number == null ? null : r.idType(), number);
    }

    private static String regionOf(String code) {
        return code.length() >= 8 && code.substring(2, 8).chars().allMatch(Character::isDigit) ? code.substring(2, 8) : null;
    }

    private static String normalizedOrNull(String value) {
        return isBlank(value) ? null : Identifiers.normalize(value).replace("-", "");
    }

    private static String trim(String s) {
        return isBlank(s) ? null : s.strip();
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
