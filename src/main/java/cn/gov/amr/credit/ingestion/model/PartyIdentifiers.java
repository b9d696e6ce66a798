package cn.gov.amr.credit.ingestion.model;

/**
 * What a row says about whom it concerns, normalised, for matching to a registered entity.
 *
 * @param creditCode         a credit code that passed its check, or one that failed only its check character
 * @param creditCodeSuspect  whether {@code creditCode} failed its check character (accepted only for a flagged entity)
 * @param name               the party's name as compared ({@link TextNormalizer#name})
 * @param legalRepresentative the legal representative's name as compared
 */
public record PartyIdentifiers(String creditCode, boolean creditCodeSuspect, String registrationNumber,
                               String organisationCode, String name, String legalRepresentative) {

    public boolean hasAny() {
        return creditCode != null || registrationNumber != null || organisationCode != null
                || (name != null && legalRepresentative != null);
    }
}
