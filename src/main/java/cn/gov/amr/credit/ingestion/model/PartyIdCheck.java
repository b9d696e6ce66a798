package cn.gov.amr.credit.ingestion.model;

import cn.gov.amr.credit.shared.CreditCode;
import cn.gov.amr.credit.shared.IdentifierProblem;
import cn.gov.amr.credit.shared.Identifiers;
import cn.gov.amr.credit.shared.OrganisationCode;
import cn.gov.amr.credit.shared.ResidentIdNumber;

/**
 * PARTY_ID_INVALID: a dishonest debtor's identifier is a resident ID number, a credit code or an
 * organisation code. What has the form of a person's ID number (with a plausible birth date) is never
 * taken for a credit code, valid or mistyped; a credit code failing only its check character is kept as
 * suspect. The credit or organisation code found is the party's, for matching.
 */
final class PartyIdCheck implements FieldCheck {

    @Override
    public String check(FieldSpec field, String text, RowDraft row) {
        String normalized = Identifiers.normalize(text).replace("-", "");
        if (looksPersonal(normalized)) {
            return ResidentIdNumber.check(normalized).valid() ? normalized
                    : row.problem(field, "PARTY_ID_INVALID", normalized.length());
        }
        if (CreditCode.check(normalized).valid()) {
            row.partyIdCode = normalized;
            return normalized;
        }
        if (normalized.length() == OrganisationCode.LENGTH && OrganisationCode.check(normalized).valid()) {
            row.partyIdOrganisation = normalized;
            return normalized;
        }
        if (CreditCodeCheck.onlyCheckCharacter(CreditCode.check(normalized))) {
            row.partyIdCode = normalized;
            row.suspect = true;
            return normalized;
        }
        return row.problem(field, "PARTY_ID_INVALID", normalized.length());
    }

    /** The form of a resident ID number with a plausible birth date: a person, whatever its check says. */
    private static boolean looksPersonal(String value) {
        return PersonalIdCheck.RESIDENT_ID_FORM.matcher(value).matches() && ResidentIdNumber.check(value).errors()
                .stream().noneMatch(e -> e.code().equals(IdentifierProblem.BIRTH_DATE));
    }
}
