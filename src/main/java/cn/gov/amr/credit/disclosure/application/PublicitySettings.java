package cn.gov.amr.credit.disclosure.application;

import java.math.BigDecimal;
import java.time.Period;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When a penalty is public (DOMAIN §8) [config], amounts in yuan, penalty categories by their codes in
 * the national format (01 警告, 02 通报批评, 03 罚款 …).
 *
 * @param simpleFineLimitPerson       a fine up to this, alone, is simple procedure (当场处罚) for a natural person
 * @param simpleFineLimitOrganisation the same for an organisation
 * @param lowFinePerson               a fine under this is "low amount" for a natural person (short publicity)
 * @param lowFineOrganisation         the same for an organisation
 * @param shortPeriod                 publicity of a notice of criticism or a low-amount fine
 * @param standardPeriod              publicity of any other penalty
 * @param individualBusinessAsPerson  whether individual businesses count as natural persons for the limits
 * @param warningCategory             the category of a warning (a warning alone is never published)
 * @param criticismCategory           the category of a notice of criticism
 * @param fineCategory                the category of a fine
 * @param restrictionCategories       categories whose own length, when longer, sets the publicity period
 * @param hideRemovedAbnormalListings whether a removed abnormal-operations listing is no longer shown
 *                                    (DOMAIN §7: since 2025); false shows it, marked removed
 */
@ConfigurationProperties("credit.disclosure.publicity")
public record PublicitySettings(@DefaultValue("200") BigDecimal simpleFineLimitPerson,
                              @DefaultValue("3000") BigDecimal simpleFineLimitOrganisation,
                              @DefaultValue("10000") BigDecimal lowFinePerson,
                              @DefaultValue("100000") BigDecimal lowFineOrganisation,
                              @DefaultValue("P3M") Period shortPeriod,
                              @DefaultValue("P3Y") Period standardPeriod,
                              @DefaultValue("true") boolean individualBusinessAsPerson,
                              @DefaultValue("01") String warningCategory,
                              @DefaultValue("02") String criticismCategory,
                              @DefaultValue("03") String fineCategory,
                              @DefaultValue({"09", "10", "12"}) Set<String> restrictionCategories,
                              @DefaultValue("true") boolean hideRemovedAbnormalListings) {

    /** The defaults of DOMAIN §8. */
    public static PublicitySettings defaults() {
        return new PublicitySettings(new BigDecimal("200"), new BigDecimal("3000"), new BigDecimal("10000"),
                new BigDecimal("100000"), Period.ofMonths(3), Period.ofYears(3), true, "01", "02", "03",
                Set.of("09", "10", "12"), true);
    }
}
