package cn.gov.amr.credit.classification.model;

import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The default model shipped with the platform ({@code classification/default-model.json}), version 1. */
public final class DefaultModels {

    public static final String RESOURCE = "/classification/default-model.json";

    private DefaultModels() {
    }

    public static ModelDefinition general(JsonMapper json) {
        try (InputStream in = DefaultModels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return json.readValue(in, ModelDefinition.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
