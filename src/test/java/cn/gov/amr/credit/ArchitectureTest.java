package cn.gov.amr.credit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Domain models stay plain Java: no Spring, no JDBC (as ddd-by-examples' NoSpringInDomainLogicTest). */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("cn.gov.amr.credit");

    @Test
    void domainModelsUseNoSpringAndNoJdbc() {
        noClasses().that().resideInAPackage("..model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.springframework..", "java.sql..", "javax.sql..", "org.postgresql..", "jakarta.servlet..")
                .check(CLASSES);
    }

    @Test
    void sharedValueTypesUseNoSpring() {
        noClasses().that().resideInAPackage("cn.gov.amr.credit.shared..").and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .check(CLASSES);
    }

    @Test
    void sqlIsOnlyInInfrastructure() {
        noClasses().that().resideInAnyPackage("..web..", "..model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.jdbc..")
                .check(CLASSES);
    }
}
