package cn.gov.amr.credit.ingestion.model;

import cn.gov.amr.credit.shared.Checked;
import cn.gov.amr.credit.shared.CreditCode;
import cn.gov.amr.credit.shared.IdentifierProblem;

/**
 * A unified social credit code and its check character (GB 32100): the identifier's own problem codes
 * ({@link IdentifierProblem}). In the party's credit-code field, a code failing only its check character
 * is kept as suspect (it may still name an entity registered under review); in any other field
 * (authority, source unit) it is a problem.
 */
final class CreditCodeCheck implements FieldCheck {

    private final String partyCreditCodeField;

    CreditCodeCheck(String partyCreditCodeField) {
        this.partyCreditCodeField = partyCreditCodeField;
    }

    @Override
    public String check(FieldSpec field, String text, RowDraft row) {
        Checked<CreditCode> checked = CreditCode.check(text);
        if (checked.valid()) {
            return checked.normalized();
        }
        if (field.name().equals(partyCreditCodeField) && onlyCheckCharacter(checked)) {
            row.suspect = true;
            return checked.normalized();
        }
        return row.identifierProblem(field, checked);
    }

    /** Whether the check character is all that is wrong. */
    static boolean onlyCheckCharacter(Checked<?> checked) {
        return !checked.errors().isEmpty()
                && checked.errors().stream().allMatch(e -> e.code().equals(IdentifierProblem.CHECK_CHARACTER));
    }
}
