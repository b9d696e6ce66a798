package cn.gov.amr.credit.shared;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Random;

/** Random valid identifiers for property-style tests; deterministic for a seeded {@link Random}. */
public final class IdentifierGenerator {

    static final String DIGITS = "0123456789";
    static final String DIGITS_AND_LETTERS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private IdentifierGenerator() {
    }

    static String randomOf(Random random, String symbols, int length) {
        var out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(symbols.charAt(random.nextInt(symbols.length())));
        }
        return out.toString();
    }

    /** Any symbols at positions 1 and 2, digits at 3 to 8, a valid organisation code at 9 to 17. */
    static String creditCode(Random random) {
        String organisationBody = randomOf(random, CreditCode.ALPHABET, 8);
        String first17 = randomOf(random, CreditCode.ALPHABET, 2) + randomOf(random, DIGITS, 6)
                + organisationBody + OrganisationCode.checkCharacterFor(organisationBody);
        return first17 + CreditCode.checkCharacterFor(first17);
    }

    static String organisationCode(Random random) {
        String first8 = randomOf(random, DIGITS_AND_LETTERS, 8);
        return first8 + OrganisationCode.checkCharacterFor(first8);
    }

    static String registrationNumber(Random random) {
        String first14 = randomOf(random, DIGITS, 14);
        return first14 + RegistrationNumber.checkDigitFor(first14);
    }

    /** Birth dates from 1900-01-01 to 2020-12-31. */
    public static String residentIdNumber(Random random) {
        var birthDate = LocalDate.of(1900, 1, 1).plusDays(random.nextInt(44_195));
        String first17 = randomOf(random, DIGITS, 6)
                + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE) + randomOf(random, DIGITS, 3);
        return first17 + ResidentIdNumber.checkCharacterFor(first17);
    }

    /** {@code text} with the character at the 0-based {@code index} replaced. */
    static String substitute(String text, int index, char replacement) {
        return text.substring(0, index) + replacement + text.substring(index + 1);
    }
}
