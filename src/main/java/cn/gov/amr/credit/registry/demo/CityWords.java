package cn.gov.amr.credit.registry.demo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The word lists of the demo city, from {@code demo/city.txt}: sections of items or of |-separated rows. */
final class CityWords {

    private final Map<String, List<String>> lines;

    private CityWords(Map<String, List<String>> lines) {
        this.lines = lines;
    }

    static CityWords load() {
        var sections = new LinkedHashMap<String, List<String>>();
        var stream = CityWords.class.getResourceAsStream("/demo/city.txt");
        if (stream == null) {
            throw new IllegalStateException("demo/city.txt is missing from the classpath");
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
        return new CityWords(sections);
    }

    /** The white-space separated items of a section. */
    List<String> items(String section) {
        return section(section).stream().flatMap(l -> Arrays.stream(l.split("\\s+"))).toList();
    }

    /** The rows of a section, each split at |. */
    List<String[]> rows(String section) {
        return section(section).stream().map(l -> l.split("\\|", -1)).toList();
    }

    String single(String section) {
        return section(section).get(0);
    }

    private List<String> section(String name) {
        var section = lines.get(name);
        if (section == null) {
            throw new IllegalStateException("demo/city.txt has no section [" + name + "]");
        }
        return section;
    }
}
