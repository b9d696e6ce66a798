package cn.gov.amr.credit.demo.departments;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.platform.SectionedText;

/** The demo departments' vocabulary, from {@code demo/departments.txt}: sections of |-separated rows. */
final class DepartmentWords {

    private static final String RESOURCE = "/demo/departments.txt";

    private final Map<String, List<String[]>> sections;

    private DepartmentWords(Map<String, List<String[]>> sections) {
        this.sections = sections;
    }

    static DepartmentWords load() {
        var sections = new LinkedHashMap<String, List<String[]>>();
        SectionedText.read(RESOURCE).forEach((name, lines) ->
                sections.put(name, lines.stream().map(l -> l.split("\\|", -1)).toList()));
        return new DepartmentWords(sections);
    }

    /** The rows of a section, each split at |. */
    List<String[]> rows(String section) {
        var rows = sections.get(section);
        if (rows == null) {
            throw new IllegalStateException(RESOURCE + " has no section [" + section + "]");
        }
        return rows;
    }

    /** The rows of a section whose first column is {@code department}. */
    List<String[]> rows(String section, String department) {
        return rows(section).stream().filter(r -> r[0].equals(department)).toList();
    }

    /** The first column of every row of a section. */
    List<String> items(String section) {
        return rows(section).stream().map(r -> r[0]).toList();
    }

    /** The second column of the row of {@code section} whose first column is {@code key}. */
    String value(String section, String key) {
        return rows(section).stream().filter(r -> r[0].equals(key)).map(r -> r[1]).findFirst()
                .orElseThrow(() -> new IllegalStateException(RESOURCE + " [" + section + "] has no " + key));
    }

    /** {@code value("words", key)}. */
    String word(String key) {
        return value("words", key);
    }
}
