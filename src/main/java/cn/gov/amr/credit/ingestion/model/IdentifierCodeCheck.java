package cn.gov.amr.credit.ingestion.model;

import java.util.function.Function;

import cn.gov.amr.credit.shared.Checked;
import cn.gov.amr.credit.shared.OrganisationCode;
import cn.gov.amr.credit.shared.RegistrationNumber;

/**
 * An older identifier with its check character: an organisation code (GB 11714, with or without its
 * hyphen) or a 15-digit registration number. Reports the identifier's first problem
 * ({@link cn.gov.amr.credit.shared.IdentifierProblem}); writes the normalised code.
 */
final class IdentifierCodeCheck implements FieldCheck {

    private final Function<String, Checked<?>> rules;

    private IdentifierCodeCheck(Function<String, Checked<?>> rules) {
        this.rules = rules;
    }

    static IdentifierCodeCheck organisationCode() {
        return new IdentifierCodeCheck(text -> OrganisationCode.check(text.replace("-", "")));
    }

    static IdentifierCodeCheck registrationNumber() {
        return new IdentifierCodeCheck(RegistrationNumber::check);
    }

    @Override
    public String check(FieldSpec field, String text, RowDraft row) {
        Checked<?> checked = rules.apply(text);
        return checked.valid() ? checked.normalized() : row.identifierProblem(field, checked);
    }
}
