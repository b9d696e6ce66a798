package cn.gov.amr.credit.ingestion.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.schema.ValueType;

/**
 * The field sets of DOMAIN §4, read from {@code ingestion/record-schemas.txt}: the national exchange
 * format ("双公示") for licences and penalties with their field codes and 2016-era aliases, the
 * courts' dishonest-debtor list, and this platform's own field sets (with codes of its own) for the
 * other kinds. The labels are the national field names: data, not user-interface text.
 */
public final class RecordSchemas {

    private static final String RESOURCE = "/ingestion/record-schemas.txt";
    private static final Map<RecordKind, RecordSchema> SCHEMAS = load();

    private RecordSchemas() {
    }

    public static RecordSchema of(RecordKind kind) {
        return SCHEMAS.get(kind);
    }

    private static Map<RecordKind, RecordSchema> load() {
        var schemas = new EnumMap<RecordKind, RecordSchema>(RecordKind.class);
        try (var in = RecordSchemas.class.getResourceAsStream(RESOURCE);
             var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            RecordKind kind = null;
            Map<String, String> roles = Map.of();
            List<FieldSpec> fields = new ArrayList<>();
            for (String line : reader.lines().toList()) {
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                if (text.startsWith("[")) {
                    if (kind != null) {
                        schemas.put(kind, schema(kind, roles, fields));
                    }
                    kind = RecordKind.valueOf(text.substring(1, text.length() - 1));
                    fields = new ArrayList<>();
                } else if (text.startsWith("roles ")) {
                    roles = new HashMap<>();
                    for (String pair : text.substring(6).trim().split("\\s+")) {
                        String[] kv = pair.split("=", 2);
                        roles.put(kv[0], kv[1]);
                    }
                } else {
                    fields.add(field(text));
                }
            }
            schemas.put(kind, schema(kind, roles, fields));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (schemas.size() != RecordKind.values().length) {
            throw new IllegalStateException(RESOURCE + " lacks kinds: " + schemas.keySet());
        }
        return Collections.unmodifiableMap(schemas);
    }

    private static FieldSpec field(String line) {
        String[] parts = Arrays.stream(line.split("\\|", -1)).map(String::strip).toArray(String[]::new);
        List<String> codes = parts.length > 4 && !parts[4].isEmpty() ? List.of(parts[4].split(",")) : List.of();
        var choices = new LinkedHashMap<String, String>();
        if (parts.length > 5 && !parts[5].isEmpty()) {
            for (String pair : parts[5].split(";")) {
                String[] kv = pair.split("=", 2);
                choices.put(kv[0], kv.length > 1 ? kv[1] : null);
            }
        }
        return new FieldSpec(parts[0], parts[1], codes, ValueType.valueOf(parts[2]),
                parts.length > 3 && "required".equals(parts[3]), Collections.unmodifiableMap(choices));
    }

    private static RecordSchema schema(RecordKind kind, Map<String, String> roles, List<FieldSpec> fields) {
        var schema = new RecordSchema(kind, fields, roles.get("naturalKey"), roles.get("partyName"),
                roles.get("creditCode"), roles.get("registrationNumber"), roles.get("organisationCode"),
                roles.get("legalRepresentative"), roles.get("partyId"), roles.get("partyType"), roles.get("decidedOn"),
                roles.get("validUntil"), Map.of());
        roles.values().forEach(schema::require);
        return schema;
    }
}
