package cn.gov.amr.credit.ingestion.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.model.FieldSpec;
import cn.gov.amr.credit.ingestion.model.RecordSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The schema-name test: every field another module names (a constant of a kind's {@code …Fields} holder,
 * the only way to name one in code) exists in {@code ingestion/record-schemas.txt}, under the constant's
 * own name, and every field of the schema has its constant.
 */
class SchemaNamesTest {

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void everyFieldConstantNamesAFieldOfItsKindInTheSchema(RecordKind kind) throws Exception {
        for (Field constant : constantsOf(holderOf(kind))) {
            var field = (RecordField) constant.get(null);
            assertThat(field.kind()).as(constant.getName()).isEqualTo(kind);
            assertThat(RecordSchemas.of(kind).field(field.name())).as("%s in record-schemas.txt", field).isPresent();
            assertThat(constant.getName()).as("constant of %s", field).isEqualTo(constantName(field.name()));
        }
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void everyFieldOfTheSchemaHasItsConstant(RecordKind kind) throws Exception {
        var declared = new ArrayList<String>();
        for (Field constant : constantsOf(holderOf(kind))) {
            declared.add(((RecordField) constant.get(null)).name());
        }
        assertThat(declared).containsExactlyElementsOf(
                RecordSchemas.of(kind).fields().stream().map(FieldSpec::name).toList());
    }

    @Test
    void aMisspelledFieldCannotBeNamed() {
        assertThatThrownBy(() -> new RecordField(RecordKind.PENALTY, "fineAmmount"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("PENALTY has no field fineAmmount");
        assertThatThrownBy(() -> new RecordField(RecordKind.LICENCE, "fineAmount"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("LICENCE has no field fineAmount");
    }

    @Test
    void aHolderWithAMisspelledConstantFailsAsSoonAsItIsLoaded() {
        assertThatThrownBy(() -> constantsOf(Misspelled.class).get(0).get(null))
                .isInstanceOf(ExceptionInInitializerError.class)
                .cause().hasMessageContaining("PENALTY has no field penaltyCategory");
    }

    @Test
    void aFieldLooksItsNameUpOnlyAmongItsKindsFields() {
        assertThat(KindSchema.of(RecordKind.PENALTY).field("fineAmount")).contains(PenaltyFields.FINE_AMOUNT);
        assertThat(KindSchema.of(RecordKind.LICENCE).field("fineAmount")).isEmpty();
    }

    /** Stands for a module's constant holder with a typo: never loaded except by the test above. */
    static final class Misspelled {
        static final RecordField CATEGORIES = new RecordField(RecordKind.PENALTY, "penaltyCategory");
    }

    private static Class<?> holderOf(RecordKind kind) throws ClassNotFoundException {
        String camel = Arrays.stream(kind.name().split("_"))
                .map(w -> w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT)).collect(Collectors.joining());
        return Class.forName(SchemaNamesTest.class.getPackageName() + "." + camel + "Fields");
    }

    private static List<Field> constantsOf(Class<?> holder) {
        return Arrays.stream(holder.getDeclaredFields())
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == RecordField.class).toList();
    }

    private static String constantName(String fieldName) {
        return fieldName.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
