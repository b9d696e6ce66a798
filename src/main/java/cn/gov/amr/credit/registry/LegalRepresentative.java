package cn.gov.amr.credit.registry;

import cn.gov.amr.credit.registry.model.Masking;

/**
 * The legal representative (法定代表人) or person in charge. The ID number is personal data: every
 * response shows {@link #masked()} unless an officer reveals it, which is audited.
 */
public record LegalRepresentative(String name, IdType idType, String idNumber) {

    /** The same with the ID number masked (first 6 and last 4 characters at most). */
    public LegalRepresentative masked() {
        return new LegalRepresentative(name, idType, Masking.idNumber(idNumber));
    }

    @Override
    public String toString() {
        return "LegalRepresentative[name=" + name + ", idType=" + idType + ", idNumber=" + Masking.idNumber(idNumber) + "]";
    }
}
