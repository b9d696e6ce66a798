package cn.gov.amr.credit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
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

    /**
     * Each module lists the modules it may depend on (today's graph, issue 11), so that {@link
     * #modulesRespectTheirBoundaries} fails on a new, unplanned arrow: adding one is a decision made in the
     * module's package-info, visible in review.
     */
    @Test
    void everyModulePinsItsAllowedDependencies() {
        modules.stream().forEach(m -> {
            var annotation = packageAnnotation(m.getBasePackage().getName());
            assertThat(annotation).as("%s has @ApplicationModule", m.getIdentifier()).isNotNull();
            assertThat(annotation.allowedDependencies()).as("%s pins its dependencies", m.getIdentifier())
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
        });
    }

    @Test
    void theCoreModulesDependOnNothingButWhatIsPinned() {
        assertThat(packageAnnotation("cn.gov.amr.credit.shared").allowedDependencies()).isEmpty();
        assertThat(packageAnnotation("cn.gov.amr.credit.platform").allowedDependencies()).containsExactly("shared");
    }

    private static ApplicationModule packageAnnotation(String packageName) {
        try {
            return Class.forName(packageName + ".package-info").getAnnotation(ApplicationModule.class);
        } catch (ClassNotFoundException e) {
            return null;
        }
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
