package cn.gov.amr.credit.shared;

import java.util.Locale;

/**
 * A name that exists in Chinese and English but in no message bundle (a jurisdiction's, set in
 * configuration), as an argument of a message: the web layer shows it in the reader's language, so
 * that messages name things rather than show their internal codes.
 */
public record LocalizedName(String zh, String en) {

    /** The English name for an English reader (when there is one), the Chinese name otherwise. */
    public String in(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage()) && en != null && !en.isBlank();
        return english ? en : zh;
    }

    @Override
    public String toString() {
        return zh;
    }
}
