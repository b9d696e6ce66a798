package cn.gov.amr.credit.ingestion.files;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * A pushed JSON array of records (objects with English field names), streamed. Values may be
 * strings, numbers or booleans; nested values are refused.
 */
final class JsonSource implements TabularSource {

    private final byte[] content;
    private final List<String> fields;
    private final JsonMapper json;
    private CountingInputStream counter;

    JsonSource(byte[] content, List<String> fields, JsonMapper json) {
        this.content = content;
        this.fields = List.copyOf(fields);
        this.json = json;
    }

    @Override
    public String format() {
        return "JSON";
    }

    @Override
    public String encoding() {
        return "UTF-8";
    }

    @Override
    public List<String> header() {
        return fields;
    }

    @Override
    public void rows(RowHandler handler) {
        counter = new CountingInputStream(new java.io.ByteArrayInputStream(content));
        try (JsonParser parser = json.createParser(counter)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new UnreadableFileException("JSON_NOT_ARRAY");
            }
            int index = 0;
            for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
                if (token != JsonToken.START_OBJECT) {
                    throw new UnreadableFileException("JSON_NOT_OBJECT", index + 1);
                }
                index++;
                var cells = new ArrayList<String>(fields.size());
                fields.forEach(f -> cells.add(null));
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
                    String name = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                        throw new UnreadableFileException("JSON_NESTED_VALUE", index, name);
                    }
                    int column = fields.indexOf(name);
                    if (column >= 0 && value != JsonToken.VALUE_NULL) {
                        cells.set(column, parser.getString());
                    }
                }
                if (!handler.row(index, cells)) {
                    return;
                }
            }
        } catch (JacksonException e) {
            throw new UnreadableFileException("JSON_MALFORMED", e);
        }
    }

    @Override
    public double progress() {
        return counter == null || content.length == 0 ? 0 : (double) counter.count() / content.length;
    }
}
