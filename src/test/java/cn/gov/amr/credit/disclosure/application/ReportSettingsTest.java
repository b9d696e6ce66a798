package cn.gov.amr.credit.disclosure.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import cn.gov.amr.credit.disclosure.model.PublicSection;
import cn.gov.amr.credit.registry.EntityKind;
import org.junit.jupiter.api.Test;

/** Every kind shows every section by default (both list sections included); a configured one is left out. */
class ReportSettingsTest {

    @Test
    void byDefaultEveryKindShowsBothListSections() {
        var settings = new ReportSettings(null);
        for (EntityKind kind : EntityKind.values()) {
            assertThat(settings.sectionsOf(kind)).as(kind.name()).containsExactly(PublicSection.values());
        }
    }

    @Test
    void aSectionConfiguredHiddenForAKindIsLeftOutForThatKindOnly() {
        var settings = new ReportSettings(Map.of(EntityKind.COOPERATIVE, Set.of(PublicSection.SERIOUS_DISHONEST_LISTINGS)));
        assertThat(settings.sectionsOf(EntityKind.COOPERATIVE)).doesNotContain(PublicSection.SERIOUS_DISHONEST_LISTINGS)
                .contains(PublicSection.ABNORMAL_LISTINGS);
        assertThat(settings.sectionsOf(EntityKind.ENTERPRISE)).contains(PublicSection.SERIOUS_DISHONEST_LISTINGS);
    }
}
