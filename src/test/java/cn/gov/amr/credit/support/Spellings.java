package cn.gov.amr.credit.support;

import java.util.Random;

import cn.gov.amr.credit.shared.IdentifierGenerator;

/**
 * Personal numbers spelled the ways a careless or hostile writer spells them (issue 10), for tests of
 * the masking: random separators of random kinds between groups of random sizes, invisible characters,
 * full-width digits, Latin letters glued before and after, +86 and its cousins before mobile numbers.
 * Deterministic for a seeded {@link Random}; {@link #leaks} is the checker the review used.
 */
public final class Spellings {

    /** Separators between groups: ASCII and full-width punctuation, spaces of several kinds. */
    private static final String[] SEPARATORS = {" ", "-", ".", "/", "_", "(", ")", ",", ":", "~", "·", "—", "，",
            "。", "、", "－", "／", "（", "）", "\u3000", "\u00A0", "\u2009", "*", "#", "+", "|"};
    /** Characters that show nothing: zero-width space, non-joiner, joiner, word joiner, BOM, soft hyphen, marks, bidi. */
    private static final String[] INVISIBLE = {"\u200B", "\u200C", "\u200D", "\u2060", "\uFEFF", "\u00AD", "\u200E",
            "\u200F", "\u202A", "\u202B", "\u202C", "\u202D", "\u202E", "\u2066", "\u2067", "\u2068", "\u2069",
            "\u061C", "\u180E"};
    private static final String[] GLUED = {"ID", "Tel", "tel", "ext", "No", "Mob", "PHONE", "sfz", "T", "a", "Q"};
    private static final String[] MOBILE_PREFIXES = {"", "", "+86", "0086", "86", "+86 ", "(+86)", "+８６", "0"};
    private static final String MOBILE_SECOND = "3456789";

    private Spellings() {
    }

    /** A mainland mobile number, 11 digits. */
    public static String mobileNumber(Random random) {
        var out = new StringBuilder("1").append(MOBILE_SECOND.charAt(random.nextInt(MOBILE_SECOND.length())));
        for (int i = 0; i < 9; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    /** A valid resident ID number. */
    public static String idNumber(Random random) {
        return IdentifierGenerator.residentIdNumber(random);
    }

    /** The number spelled at random: groups, separators, invisible characters, full-width digits, glued letters. */
    public static String spell(String number, Random random, boolean mobile) {
        var out = new StringBuilder();
        if (random.nextInt(3) == 0) {
            out.append(GLUED[random.nextInt(GLUED.length)]);
        }
        if (mobile) {
            out.append(MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]);
        }
        boolean fullWidth = random.nextInt(5) == 0;
        String separator = SEPARATORS[random.nextInt(SEPARATORS.length)];
        int group = 1 + random.nextInt(6);
        boolean grouping = random.nextInt(3) > 0;
        boolean invisible = random.nextInt(3) == 0;
        for (int i = 0; i < number.length(); i++) {
            if (i > 0 && grouping && i % group == 0) {
                out.append(random.nextInt(4) == 0 ? SEPARATORS[random.nextInt(SEPARATORS.length)] : separator);
            }
            if (invisible && random.nextInt(3) == 0) {
                out.append(INVISIBLE[random.nextInt(INVISIBLE.length)]);
            }
            char c = number.charAt(i);
            out.append(fullWidth && c >= '0' && c <= '9' ? (char) (c + 0xFEE0) : c);
        }
        if (random.nextInt(3) == 0) {
            out.append(GLUED[random.nextInt(GLUED.length)]);
        }
        return out.toString();
    }

    /** Chinese words around a number, never a digit nor a Latin letter or digit next to it. */
    public static String prose(Random random) {
        String[] words = {"当事人", "联系电话", "身份证号", "：", "，", "经营", "地址", "（", "）", " ", "号", "住所"};
        var out = new StringBuilder();
        for (int i = random.nextInt(4); i > 0; i--) {
            out.append(words[random.nextInt(words.length)]);
        }
        return out.append("：").toString();
    }

    /**
     * Whether the number can be read in the text: every character that is neither a letter nor a digit
     * (invisible ones included) removed, every decimal digit read as its ASCII digit, then the number looked for.
     */
    public static boolean leaks(String text, String number) {
        return readable(text).contains(number);
    }

    /** The text as the checker reads it: letters and digits only, digits as ASCII, X upper case. */
    public static String readable(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (Character.isDigit(c)) {
                out.append((char) ('0' + Character.digit(c, 10)));
            } else if (Character.isLetter(c)) {
                out.appendCodePoint(c == 'x' || c == 'ｘ' || c == 'Ｘ' ? 'X' : c);
            }
        });
        return out.toString();
    }
}
