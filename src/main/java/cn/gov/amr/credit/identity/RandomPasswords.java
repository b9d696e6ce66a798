package cn.gov.amr.credit.identity;

import java.security.SecureRandom;


/**
 * Random passwords for accounts the platform creates itself (the first admin, demo officers):
 * letters and digits without look-alikes (0/O, 1/l/I), always with both, so they pass the policy.
 */
public final class RandomPasswords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private RandomPasswords() {
    }

    /** A new password of {@code length} characters (at least {@value PasswordPolicy#MIN_LENGTH}). */
    public static String generate(int length) {
        int size = Math.max(length, PasswordPolicy.MIN_LENGTH);
        while (true) {
            var out = new StringBuilder(size);
            for (int i = 0; i < size; i++) {
                out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String candidate = out.toString();
            if (candidate.chars().anyMatch(Character::isDigit) && candidate.chars().anyMatch(Character::isLetter)) {
                return candidate;
            }
        }
    }
}
