package cn.gov.amr.credit.registry.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.shared.Checked;
import cn.gov.amr.credit.shared.CreditCode;
import cn.gov.amr.credit.shared.IdentifierProblem;
import cn.gov.amr.credit.shared.Identifiers;
import cn.gov.amr.credit.shared.OrganisationCode;
import cn.gov.amr.credit.shared.RegistrationNumber;

/**
 * The public code check: which kind of code the input is, whether it is valid, and why not.
 * Personal ID numbers are not taken: an input shaped like one (and not a valid credit code) is
 * refused without being echoed, so it is neither returned nor logged.
 */
public final class CodeCheck {

    /** Type of a checked code. */
    public enum CodeType { CREDIT_CODE, REGISTRATION_NUMBER, ORGANISATION_CODE, UNKNOWN }

    /** Refusal of a personal ID number. */
    public static final String PERSONAL_ID = "PERSONAL_ID_NOT_ACCEPTED";
    /** Not the length of any code we know. */
    public static final String UNKNOWN_TYPE = "UNKNOWN_CODE_TYPE";
    static final int MAX_ECHO = 40;

    private static final Pattern ID_SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final Pattern CHECKABLE_CREDIT = Pattern.compile("[" + CreditCode.ALPHABET + "]{17}.");
    private static final Pattern CHECKABLE_REGISTRATION = Pattern.compile("\\d{14}.");
    private static final Pattern CHECKABLE_ORGANISATION = Pattern.compile("[0-9A-Z]{8}.");

    /**
     * @param normalized             the normalised input, or null when it is not echoed
     * @param entityKind             the kind a credit code implies, else null
     * @param regionCode             the administrative division in the code, else null
     * @param expectedCheckCharacter the right check character for the first characters, else null
     */
    public record Result(boolean valid, CodeType codeType, String normalized, EntityKind entityKind, String regionCode,
                         String expectedCheckCharacter, List<IdentifierProblem> errors,
                         List<IdentifierProblem> warnings) {
    }

    private CodeCheck() {
    }

    public static Result check(String raw, LocalDate today) {
        String normalized = Identifiers.normalize(raw);
        if (normalized.isEmpty()) {
            return unknown(null, IdentifierProblem.empty());
        }
        if (normalized.length() == CreditCode.LENGTH) {
            return creditCodeOrPersonalId(normalized, today);
        }
        if (normalized.length() == RegistrationNumber.LENGTH && normalized.chars().allMatch(Character::isDigit)) {
            var checked = RegistrationNumber.check(normalized);
            String expected = CHECKABLE_REGISTRATION.matcher(normalized).matches()
                    ? String.valueOf(RegistrationNumber.checkDigitFor(normalized.substring(0, 14))) : null;
            return result(CodeType.REGISTRATION_NUMBER, checked, null, normalized.substring(0, 6), expected);
        }
        String withoutHyphen = normalized.replace("-", "");
        if (withoutHyphen.length() == OrganisationCode.LENGTH) {
            var checked = OrganisationCode.check(normalized);
            String expected = CHECKABLE_ORGANISATION.matcher(withoutHyphen).matches()
                    ? String.valueOf(OrganisationCode.checkCharacterFor(withoutHyphen.substring(0, 8))) : null;
            return result(CodeType.ORGANISATION_CODE, checked, null, null, expected);
        }
        return unknown(normalized.length() <= MAX_ECHO ? normalized : null,
                new IdentifierProblem(UNKNOWN_TYPE, List.of(normalized.length())));
    }

    private static Result creditCodeOrPersonalId(String normalized, LocalDate today) {
        if (looksLikePersonalId(normalized, today)) {
            return unknown(null, new IdentifierProblem(PERSONAL_ID, List.of()));
        }
        var checked = CreditCode.check(normalized);
        String expected = CHECKABLE_CREDIT.matcher(normalized).matches()
                ? String.valueOf(CreditCode.checkCharacterFor(normalized.substring(0, 17))) : null;
        String region = normalized.substring(2, 8).chars().allMatch(Character::isDigit) ? normalized.substring(2, 8) : null;
        return result(CodeType.CREDIT_CODE, checked, EntityKind.impliedBy(normalized), region, expected);
    }

    /**
     * A province code (first digit 1–8), then digits and a final digit or X, with a real birth date in
     * positions 7–14: refused even when it happens to pass the credit-code check too (1 in 31 do).
     * No credit code of market supervision starts with 1–8 followed by such a date.
     */
    static boolean looksLikePersonalId(String normalized, LocalDate today) {
        if (!ID_SHAPE.matcher(normalized).matches() || normalized.charAt(0) < '1' || normalized.charAt(0) > '8') {
            return false;
        }
        try {
            var birth = LocalDate.of(Integer.parseInt(normalized.substring(6, 10)),
                    Integer.parseInt(normalized.substring(10, 12)), Integer.parseInt(normalized.substring(12, 14)));
            return birth.getYear() >= 1900 && !birth.isAfter(today);
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static Result result(CodeType type, Checked<?> checked, EntityKind kind, String region, String expected) {
        return new Result(checked.valid(), type, checked.normalized(), kind, region, expected, checked.errors(),
                checked.warnings());
    }

    private static Result unknown(String normalized, IdentifierProblem problem) {
        return new Result(false, CodeType.UNKNOWN, normalized, null, null, null, List.of(problem), List.of());
    }
}
