package cn.gov.amr.credit.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;

/** Reads a zip file's entries as text (UTF-8, a byte-order mark removed). */
public final class Zips {

    private Zips() {
    }

    public static Map<String, String> texts(byte[] zip) {
        var texts = new LinkedHashMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                texts.put(entry.getName(), text.startsWith("\uFEFF") ? text.substring(1) : text);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }
}
