package cn.gov.amr.credit.ingestion.model;

import java.util.regex.Pattern;

import cn.gov.amr.credit.shared.Checked;
import cn.gov.amr.credit.shared.Identifiers;
import cn.gov.amr.credit.shared.ResidentIdNumber;

/**
 * A personal ID number: checked (birth date, check character) when it has the form of a resident ID
 * number, else kept as given (a passport, a Hong Kong ID), normalised. Its problems never repeat its digits.
 */
final class PersonalIdCheck implements FieldCheck {

    static final Pattern RESIDENT_ID_FORM = Pattern.compile("\\d{17}[\\dX]");

    @Override
    public String check(FieldSpec field, String text, RowDraft row) {
        String normalized = Identifiers.normalize(text);
        if (RESIDENT_ID_FORM.matcher(normalized).matches()) {
            Checked<ResidentIdNumber> checked = ResidentIdNumber.check(normalized);
            return checked.valid() ? normalized : row.identifierProblem(field, checked);
        }
        return normalized;
    }
}
