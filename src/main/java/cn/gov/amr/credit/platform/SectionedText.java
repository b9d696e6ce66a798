package cn.gov.amr.credit.platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a UTF-8 classpath resource of {@code [section]} headers, each followed by its lines (trimmed;
 * blank lines and lines starting with {@code #} skipped): the word lists of the demo data.
 */
public final class SectionedText {

    private SectionedText() {
    }

    /** The lines of each section, in file order. */
    public static Map<String, List<String>> read(String resource) {
        var sections = new LinkedHashMap<String, List<String>>();
        var stream = SectionedText.class.getResourceAsStream(resource);
        if (stream == null) {
            throw new IllegalStateException(resource + " is missing from the classpath");
        }
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            List<String> current = null;
            for (String line; (line = reader.readLine()) != null; ) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                if (trimmed.startsWith("[") && trimmed.endsWith("]")) {
                    current = new ArrayList<>();
                    sections.put(trimmed.substring(1, trimmed.length() - 1), current);
                } else if (current != null) {
                    current.add(trimmed);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sections;
    }
}
