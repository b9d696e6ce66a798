package cn.gov.amr.credit.disclosure.model;

import cn.gov.amr.credit.shared.VisibleText;

/**
 * The one exit every public string passes (issue 10): the report and its page, the print view and the
 * issued report, search results and the bulk file. Invisible and control characters are removed
 * ({@link VisibleText}, for text stored before the door removed them) and personal numbers masked
 * ({@link PersonalData}). Null stays null.
 */
public final class PublicText {

    private PublicText() {
    }

    public static String of(String text) {
        return PersonalData.mask(VisibleText.of(text));
    }
}
