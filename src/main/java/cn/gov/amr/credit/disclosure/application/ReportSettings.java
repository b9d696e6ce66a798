package cn.gov.amr.credit.disclosure.application;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.amr.credit.disclosure.model.PublicSection;
import cn.gov.amr.credit.registry.EntityKind;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which sections of the public report a kind of entity does not have [config
 * {@code credit.disclosure.report.hidden-sections.<KIND>}]. The report page leaves them out; the API keeps
 * every array (contract), empty.
 *
 * <p>Default: none hidden. Individual businesses are not entered on the abnormal-operations list but marked as
 * being in an abnormal state (个体工商户年度报告暂行办法): their markings fill {@code abnormalListings}, headed
 * 经营异常状态 on the page. The serious illegal and dishonest list (2021 measures) applies to every kind of
 * party the bureau penalises, and the lists module lists any kind, so every kind shows that section too: a
 * published listing is never left off the page by its layout.
 */
@ConfigurationProperties("credit.disclosure.report")
public record ReportSettings(Map<EntityKind, Set<PublicSection>> hiddenSections) {

    public ReportSettings {
        hiddenSections = hiddenSections == null ? Map.of() : Map.copyOf(hiddenSections);
    }

    /** The sections an entity of the kind shows, in report order. */
    public List<PublicSection> sectionsOf(EntityKind kind) {
        var hidden = hiddenSections.getOrDefault(kind, Set.of());
        return java.util.Arrays.stream(PublicSection.values()).filter(s -> !hidden.contains(s)).toList();
    }
}
