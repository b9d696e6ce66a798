package cn.gov.amr.credit.ingestion.web;

import java.util.ArrayList;
import java.util.List;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.model.FieldSpec;
import cn.gov.amr.credit.ingestion.schema.ValueType;
import cn.gov.amr.credit.ingestion.model.RecordSchema;
import cn.gov.amr.credit.ingestion.model.RecordSchemas;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.stereotype.Component;

/**
 * Documents the push API's records in OpenAPI from the same field sets the pipeline checks with:
 * one schema per kind ({@code PenaltyRecord} …) with each field's national name, field codes, type,
 * accepted choices and whether it is required, and the push's body as an array of them.
 */
@Component
class RecordSchemaDocumentation implements OpenApiCustomizer {

    static final String PUSH_PATH = "/api/v1/ingest/records";

    @Override
    public void customise(OpenAPI openApi) {
        var references = new ArrayList<Schema>();
        for (RecordKind kind : RecordKind.values()) {
            String name = schemaName(kind);
            openApi.getComponents().addSchemas(name, schema(RecordSchemas.of(kind)));
            references.add(new Schema<>().$ref("#/components/schemas/" + name));
        }
        var path = openApi.getPaths() == null ? null : openApi.getPaths().get(PUSH_PATH);
        if (path != null && path.getPost() != null) {
            // anyOf, not oneOf: a record of one kind may fit another kind's fields as well
            var items = new Schema<>().anyOf(references)
                    .description("One record of the kind named by the query parameter kind. Rows that do not "
                            + "fit it are not refused: the batch quarantines them with their errors");
            var body = new ArraySchema().items(items).maxItems(10_000);
            path.getPost().requestBody(new RequestBody().required(true).description(
                            "A JSON array of at most 10,000 records of one kind, by English field name; values are "
                                    + "text (numbers accepted). Dates as yyyy-MM-dd (also yyyy/M/d, yyyyMMdd); amounts "
                                    + "in 10,000 yuan; choices by label or code.")
                    .content(new Content().addMediaType("application/json", new MediaType().schema(body))));
        }
    }

    static String schemaName(RecordKind kind) {
        var out = new StringBuilder();
        for (String part : kind.name().split("_")) {
            out.append(part.charAt(0)).append(part.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return out + "Record";
    }

    private static Schema<?> schema(RecordSchema recordSchema) {
        var schema = new ObjectSchema();
        schema.description("Fields of a " + recordSchema.kind() + " record; natural key: "
                + recordSchema.naturalKey());
        List<String> required = new ArrayList<>();
        for (FieldSpec field : recordSchema.fields()) {
            var property = new StringSchema();
            var text = new StringBuilder(field.label());
            if (!field.codes().isEmpty()) {
                text.append(" [").append(String.join(", ", field.codes())).append(']');
            }
            text.append(". ").append(field.type());
            if (!field.choices().isEmpty()) {
                property.setEnum(new ArrayList<>(field.choices().keySet()));
                text.append(field.type() == ValueType.CHOICES ? " (several, separated by ;)" : "")
                        .append("; codes accepted too: ").append(field.choices());
            }
            if (field.type() == ValueType.DATE) {
                property.format("date");
            }
            if (field.personal()) {
                text.append("; personal data, masked on every view");
            }
            property.description(text.toString());
            schema.addProperty(field.name(), property);
            if (field.required()) {
                required.add(field.name());
            }
        }
        schema.required(required);
        return schema;
    }
}
