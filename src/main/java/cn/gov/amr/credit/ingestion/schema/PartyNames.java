package cn.gov.amr.credit.ingestion.schema;

import cn.gov.amr.credit.ingestion.model.TextNormalizer;

/**
 * How ingestion compares a party's name and legal representative ({@link FieldRole#PARTY_NAME},
 * {@link FieldRole#LEGAL_REPRESENTATIVE}) when it matches a row to a registered entity by name: two
 * names are the same party's when their compared forms are equal. Callers may rely on the compared form
 * being what the matching uses, so that e.g. a caller can tell which names the matching cannot tell apart.
 */
public final class PartyNames {

    private PartyNames() {
    }

    /**
     * The name as compared: invisible characters dropped, full-width digits and Latin letters half-width,
     * no white space, ASCII letters upper-case, full-width brackets （） the same as ().
     */
    public static String asCompared(String name) {
        return TextNormalizer.name(name);
    }
}
