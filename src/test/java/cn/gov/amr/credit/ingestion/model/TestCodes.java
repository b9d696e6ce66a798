package cn.gov.amr.credit.ingestion.model;

import java.util.Random;

import cn.gov.amr.credit.shared.CreditCode;
import cn.gov.amr.credit.shared.OrganisationCode;
import cn.gov.amr.credit.shared.RegistrationNumber;
import cn.gov.amr.credit.shared.ResidentIdNumber;

/** Valid and deliberately broken identifiers for the ingestion model tests, built with the shared check functions. */
final class TestCodes {

    /** Published valid credit codes (DOMAIN §11). */
    static final String CODE_A = "914403001922038216";
    static final String CODE_B = "91100000100003962T";
    static final String CODE_C = "91330100799655058B";
    /** The GB 11643 example ID number. */
    static final String RESIDENT_ID = "11010519491231002X";

    static final String DIGITS = "0123456789";

    private TestCodes() {
    }

    /** A valid credit code from 8 leading characters (authority kind, entity kind, 6-digit region) and an 8-symbol organisation body. */
    static String creditCode(String first8, String organisationBody) {
        String first17 = first8 + organisationBody + OrganisationCode.checkCharacterFor(organisationBody);
        return first17 + CreditCode.checkCharacterFor(first17);
    }

    /** {@code code} with its check character replaced by another symbol of the alphabet: fails only the check character. */
    static String withWrongCheckCharacter(String code) {
        char right = code.charAt(code.length() - 1);
        char wrong = CreditCode.ALPHABET.charAt((CreditCode.ALPHABET.indexOf(right) + 1) % CreditCode.ALPHABET.length());
        return code.substring(0, code.length() - 1) + wrong;
    }

    static String organisationCode(String first8) {
        return first8 + OrganisationCode.checkCharacterFor(first8);
    }

    static String registrationNumber(String first14) {
        return first14 + RegistrationNumber.checkDigitFor(first14);
    }

    static String residentId(String first17) {
        return first17 + ResidentIdNumber.checkCharacterFor(first17);
    }

    /** A valid 9 + 1 + 6-digit region + valid organisation code credit code, deterministic for a seeded random. */
    static String randomCreditCode(Random random) {
        var body = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            body.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
        }
        var region = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            region.append(DIGITS.charAt(random.nextInt(10)));
        }
        return creditCode("9" + (1 + random.nextInt(3)) + region, body.toString());
    }

    /** {@code text} with the character at the 0-based {@code index} replaced. */
    static String substitute(String text, int index, char replacement) {
        return text.substring(0, index) + replacement + text.substring(index + 1);
    }
}
