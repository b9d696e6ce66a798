package cn.gov.amr.credit.demo.city;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.platform.SectionedText;

/** The word lists of the demo city, from {@code demo/city.txt}: sections of items or of |-separated rows. */
final class CityWords {

    private final Map<String, List<String>> lines;

    private CityWords(Map<String, List<String>> lines) {
        this.lines = lines;
    }

    static CityWords load() {
        return new CityWords(SectionedText.read("/demo/city.txt"));
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
