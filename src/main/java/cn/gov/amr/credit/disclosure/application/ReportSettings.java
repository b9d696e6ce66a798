package cn.gov.amr.credit.disclosure.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.amr.credit.disclosure.model.PublicSection;
import cn.gov.amr.credit.registry.EntityKind;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which sections of the public report a kind of entity does not have (DOMAIN §10: individual businesses
 * and cooperatives show fewer) [config {@code credit.disclosure.report.hidden-sections.<KIND>}]. The
 * report page leaves them out; the API keeps every array (contract), empty.
 *
 * <p>Defaults: an individual business is not entered on the abnormal-operations list but marked as
 * being in an abnormal state (个体工商户年度报告暂行办法), which the report shows as a mark; individual
 * businesses and cooperatives have no section for the serious illegal and dishonest list of enterprises
 * until the lists capability decides how their listings are published, so neither shows it.
 */
@ConfigurationProperties("credit.disclosure.report")
public record ReportSettings(Map<EntityKind, Set<PublicSection>> hiddenSections) {

    public ReportSettings {
        hiddenSections = hiddenSections == null ? Map.of(
                EntityKind.INDIVIDUAL_BUSINESS, EnumSet.of(PublicSection.ABNORMAL_LISTINGS,
                        PublicSection.SERIOUS_DISHONEST_LISTINGS),
                EntityKind.COOPERATIVE, EnumSet.of(PublicSection.SERIOUS_DISHONEST_LISTINGS))
                : Map.copyOf(hiddenSections);
    }

    /** The sections an entity of the kind shows, in report order. */
    public List<PublicSection> sectionsOf(EntityKind kind) {
        var hidden = hiddenSections.getOrDefault(kind, Set.of());
        return java.util.Arrays.stream(PublicSection.values()).filter(s -> !hidden.contains(s)).toList();
    }
}
