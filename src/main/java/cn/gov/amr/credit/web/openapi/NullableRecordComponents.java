package cn.gov.amr.credit.web.openapi;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.Schema;
import org.jspecify.annotations.NonNull;

/**
 * Declares in the OpenAPI document (3.1) which properties may be {@code null}. The API answers with
 * records, Jackson writes their {@code null} components as {@code null}, and the code base does not
 * annotate nullness: so every component of a reference type may be null ({@code type: [string, "null"]},
 * an enum that lists {@code null}, a reference wrapped in {@code oneOf} with {@code {type: "null"}}),
 * unless it is marked {@link NonNull} (jspecify, on the component's type). Primitive components are
 * never null. Records added later are covered without further work.
 */
class NullableRecordComponents implements ModelConverter {

    private static final String NULL = "null";

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> resolved = chain.next().resolve(type, context, chain);
        if (resolved == null || type.getType() == null) {
            return resolved;
        }
        Class<?> raw = Json.mapper().constructType(type.getType()).getRawClass();
        if (!raw.isRecord()) {
            return resolved;
        }
        Schema<?> model = resolved.get$ref() == null ? resolved
                : context.getDefinedModels().get(resolved.get$ref().substring(Components.COMPONENTS_SCHEMAS_REF.length()));
        if (model != null && model.getProperties() != null) {
            markNullable(raw, model);
        }
        return resolved;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void markNullable(Class<?> record, Schema<?> model) {
        Map<String, Schema> properties = (Map) model.getProperties();
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getType().isPrimitive() || component.getAnnotatedType().isAnnotationPresent(NonNull.class)) {
                continue;
            }
            String name = propertyName(component);
            Schema property = properties.get(name);
            if (property != null) {
                properties.put(name, nullable(property));
            }
        }
    }

    private static String propertyName(RecordComponent component) {
        var renamed = component.getAnnotation(JsonProperty.class);
        if (renamed == null && component.getAccessor() != null) {
            renamed = component.getAccessor().getAnnotation(JsonProperty.class);
        }
        return renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema nullable(Schema property) {
        if (property.get$ref() != null) {
            var wrapper = new JsonSchema();
            wrapper.setDescription(property.getDescription());
            wrapper.setOneOf(List.of(new JsonSchema().$ref(property.get$ref()), new JsonSchema().types(Set.of(NULL))));
            return wrapper;
        }
        if (property.getOneOf() != null && property.getOneOf().stream()
                .anyMatch(s -> ((Schema) s).getTypes() != null && ((Schema) s).getTypes().contains(NULL))) {
            return property;
        }
        Set<String> types = property.getTypes() != null ? new LinkedHashSet<>(property.getTypes())
                : property.getType() != null ? new LinkedHashSet<>(Set.of(property.getType())) : null;
        if (types == null) {
            return property;  // no type: null is allowed already
        }
        types.add(NULL);
        property.setTypes(types);
        if (property.getEnum() != null && !property.getEnum().contains(null)) {
            List values = new ArrayList<>(property.getEnum());
            values.add(null);
            property.setEnum(values);
        }
        return property;
    }
}
