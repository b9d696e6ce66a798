package cn.gov.amr.credit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(CreditPlatformApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void theModulesOfTheFirstIssueExist() {
        assertThat(modules.stream().map(m -> m.getIdentifier().toString()))
                .contains("shared", "platform", "identity", "audit", "web");
    }

    @Test
    void noModuleDependsOnWeb() {
        modules.stream()
                .filter(m -> !m.getIdentifier().toString().equals("web"))
                .forEach(m -> assertThat(m.getDirectDependencies(modules).containsModuleNamed("web"))
                        .as("%s depends on web", m.getIdentifier())
                        .isFalse());
    }
}
