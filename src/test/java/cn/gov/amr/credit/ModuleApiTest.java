package cn.gov.amr.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.NamedInterface;

/**
 * A module's API is what other modules use (HOUSE_STYLE rule 1, issue 11): every public type in a
 * module's top package or in one of its named interfaces is used by another module, directly or as
 * part of the signature of an API type that another module uses (a method's return or parameter type,
 * a thrown exception, an enum a record holds). The few types kept for modules not yet written are
 * listed below with their reason.
 */
class ModuleApiTest {

    private static final String BASE = "cn.gov.amr.credit";
    private static final Path SOURCES = Path.of("src/main/java");
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    /** API types no other module uses yet, with the reason they are API all the same. */
    private static final Map<String, String> KEPT = Map.of(
            "cn.gov.amr.credit.demo.DemoStep",
            "the demo's extension point: the later modules' demo steps implement it (docs/demo.md)",
            "cn.gov.amr.credit.classification.RiskClassChanged",
            "published for the risk warnings of issue 16 (a class change to C or D warns the officers)");

    /**
     * The field holders of the published record schema ({@code ingestion.schema}): every kind's fields
     * are named (SchemaNamesTest checks them against record-schemas.txt), so that a new rule over a
     * kind no rule reads yet needs no change in ingestion.
     */
    private static final String SCHEMA_FIELD_HOLDERS = "cn.gov.amr.credit.ingestion.schema.*Fields";

    @Test
    void noModuleExposesATypeThatNoOtherModuleUses() {
        var sources = sourcesByModule();
        Set<JavaClass> exposed = CLASSES.stream().filter(ModuleApiTest::isExposed).collect(Collectors.toSet());
        Set<JavaClass> used = new HashSet<>();
        exposed.stream().filter(type -> usedByAnotherModule(type, sources)).forEach(used::add);
        boolean grown = true;
        while (grown) {
            var reachable = used.stream().flatMap(ModuleApiTest::signatureTypes).filter(exposed::contains)
                    .filter(type -> !used.contains(type)).toList();
            grown = used.addAll(reachable);
        }
        Set<String> unused = new TreeSet<>();
        exposed.stream().filter(type -> !used.contains(type)).map(JavaClass::getName)
                .filter(name -> !KEPT.containsKey(name) && !isSchemaFieldHolder(name)).forEach(unused::add);
        assertThat(unused).as("public API types that no other module uses (make them package-private, move them to"
                + " a sub-package, or give a reason in ModuleApiTest.KEPT)").isEmpty();
    }

    @Test
    void everyKeptTypeIsStillUnusedAndExposed() {
        var sources = sourcesByModule();
        for (String name : KEPT.keySet()) {
            var type = CLASSES.get(name);
            assertThat(isExposed(type)).as("%s is API", name).isTrue();
            assertThat(usedByAnotherModule(type, sources)).as("%s is used now: remove it from KEPT", name).isFalse();
        }
    }

    @Test
    void aPublicTypeOnlyItsOwnModuleUsesIsFound() {
        // the rule can fail: a public type in a sub-package that is not a named interface is internal,
        // and a type in a top package that only its own module names counts as unused
        var internal = CLASSES.get("cn.gov.amr.credit.ingestion.infrastructure.BatchStore");
        assertThat(isExposed(internal)).isFalse();
        var ownOnly = CLASSES.get(ModuleApiTest.class.getName().replace("ModuleApiTest", "CreditPlatformApplication"));
        assertThat(usedByAnotherModule(ownOnly, sourcesByModule())).isFalse();
    }

    private static boolean isSchemaFieldHolder(String name) {
        return name.startsWith(SCHEMA_FIELD_HOLDERS.substring(0, SCHEMA_FIELD_HOLDERS.indexOf('*')))
                && name.endsWith("Fields");
    }

    private static boolean isExposed(JavaClass type) {
        if (type.isNestedClass() || type.isAnonymousClass() || !type.getModifiers().contains(JavaModifier.PUBLIC)
                || type.getSimpleName().equals("package-info") || moduleOf(type.getPackageName()) == null) {
            return false;
        }
        String pkg = type.getPackageName();
        return pkg.equals(BASE + "." + moduleOf(pkg)) || isNamedInterface(pkg);
    }

    private static boolean isNamedInterface(String pkg) {
        return CLASSES.stream().filter(c -> c.getPackageName().equals(pkg) && c.getSimpleName().equals("package-info"))
                .anyMatch(c -> c.isAnnotatedWith(NamedInterface.class));
    }

    /**
     * Used from another module's bytecode, or named in its source: constants ({@code static final String})
     * are inlined by the compiler and leave no trace in the bytecode, so the imports count too.
     */
    private static boolean usedByAnotherModule(JavaClass type, Map<String, List<String>> sources) {
        String module = moduleOf(type.getPackageName());
        boolean inBytecode = type.getDirectDependenciesToSelf().stream().map(d -> d.getOriginClass())
                .map(c -> moduleOf(c.getPackageName()))
                .anyMatch(other -> other != null && !other.equals(module));
        return inBytecode || sources.entrySet().stream().filter(e -> !e.getKey().equals(module))
                .flatMap(e -> e.getValue().stream()).anyMatch(text -> text.contains(type.getName()));
    }

    /** The types in a class's public signatures: fields, methods' returns, parameters and throws. */
    private static Stream<JavaClass> signatureTypes(JavaClass type) {
        var fields = type.getFields().stream().filter(f -> f.getModifiers().contains(JavaModifier.PUBLIC))
                .flatMap(f -> f.getType().getAllInvolvedRawTypes().stream());
        var methods = type.getCodeUnits().stream().filter(m -> m.getModifiers().contains(JavaModifier.PUBLIC))
                .flatMap(m -> Stream.concat(Stream.concat(m.getReturnType().getAllInvolvedRawTypes().stream(),
                                m.getParameterTypes().stream().flatMap(p -> p.getAllInvolvedRawTypes().stream())),
                        m.getThrowsClause().getTypes().stream()));
        var nested = CLASSES.stream().filter(c -> c.getEnclosingClass().map(type::equals).orElse(false))
                .filter(c -> c.getModifiers().contains(JavaModifier.PUBLIC)).flatMap(ModuleApiTest::signatureTypes);
        return Stream.concat(Stream.concat(fields, methods), nested);
    }

    /** Each module's main sources' text, by module. */
    private static Map<String, List<String>> sourcesByModule() {
        try (var files = Files.walk(SOURCES.resolve(BASE.replace('.', '/')))) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .collect(Collectors.groupingBy(ModuleApiTest::moduleOfFile,
                            Collectors.mapping(ModuleApiTest::read, Collectors.toList())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String moduleOfFile(Path file) {
        String pkg = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
        String module = moduleOf(pkg);
        return module == null ? "" : module;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The module of a package: the first package below the base, or null outside the modules. */
    private static String moduleOf(String pkg) {
        if (!pkg.startsWith(BASE + ".")) {
            return null;
        }
        String rest = pkg.substring(BASE.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }
}
