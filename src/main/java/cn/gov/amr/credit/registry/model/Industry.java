package cn.gov.amr.credit.registry.model;

/** An industry of the national classification (GB/T 4754) as the registry lists it: code and names. */
public record Industry(String code, String nameZh, String nameEn) {

    /** The name in the page's language: English for {@code en}, Chinese otherwise. */
    public String name(String language) {
        return "en".equals(language) ? nameEn : nameZh;
    }
}
