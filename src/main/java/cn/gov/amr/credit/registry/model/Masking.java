package cn.gov.amr.credit.registry.model;

import cn.gov.amr.credit.shared.PersonalIdMask;

/**
 * How personal identifiers are masked wherever the registry shows them (the platform's one rule,
 * {@link PersonalIdMask}), and how a masked value sent back is recognised.
 */
public final class Masking {

    private Masking() {
    }

    /** {@link PersonalIdMask#of}. */
    public static String idNumber(String number) {
        return PersonalIdMask.of(number);
    }

    /** True if the value is a masked one (as sent back by a client that read a masked entity). */
    public static boolean isMasked(String value) {
        return value != null && value.indexOf('*') >= 0;
    }
}
