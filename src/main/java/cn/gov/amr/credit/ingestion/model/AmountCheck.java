package cn.gov.amr.credit.ingestion.model;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * AMOUNT_INVALID: a plain non-negative decimal (thousands separators allowed; no sign, no exponent), at
 * most six decimals and fourteen integer digits. Written without separators or trailing zeros.
 */
final class AmountCheck implements FieldCheck {

    private static final Pattern AMOUNT_FORM = Pattern.compile("(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?");

    @Override
    public String check(FieldSpec field, String text, RowDraft row) {
        if (!AMOUNT_FORM.matcher(text).matches()) {
            return row.problem(field, "AMOUNT_INVALID", text);
        }
        try {
            var amount = new BigDecimal(text.replace(",", ""));
            if (amount.signum() < 0 || amount.scale() > 6 || amount.precision() - amount.scale() > 14) {
                return row.problem(field, "AMOUNT_INVALID", text);
            }
            return amount.stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return row.problem(field, "AMOUNT_INVALID", text);
        }
    }
}
