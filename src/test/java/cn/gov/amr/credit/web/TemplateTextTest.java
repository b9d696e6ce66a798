package cn.gov.amr.credit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every word a person reads comes from the message bundles: a template may hold no text between
 * tags, and no literal text in the attributes people read (placeholder, title, alt, aria-label).
 */
class TemplateTextTest {

    private static final Pattern COMMENTS = Pattern.compile("<!--.*?-->", Pattern.DOTALL);
    private static final Pattern SCRIPTS = Pattern.compile("<(script|style)\\b.*?</\\1>", Pattern.DOTALL);
    private static final Pattern TAGS = Pattern.compile("<(?:[^>\"']|\"[^\"]*\"|'[^']*')*>", Pattern.DOTALL);
    private static final Pattern HUMAN_ATTRIBUTES =
            Pattern.compile("(?<![:\\w-])(placeholder|title|alt|aria-label|label)\\s*=\\s*\"([^\"]*)\"");
    private static final Pattern LETTERS = Pattern.compile("[\\p{L}]");

    static Stream<Path> templates() throws IOException {
        return Files.walk(Path.of("src/main/resources/templates")).filter(p -> p.toString().endsWith(".html"));
    }

    static List<String> hardCodedText(String html) {
        var found = new ArrayList<String>();
        String text = TAGS.matcher(SCRIPTS.matcher(COMMENTS.matcher(html).replaceAll("")).replaceAll("")).replaceAll("\n");
        for (String line : text.split("\n")) {
            String trimmed = line.strip().replace("&nbsp;", "");
            if (LETTERS.matcher(trimmed).find()) {
                found.add(trimmed);
            }
        }
        var attributes = HUMAN_ATTRIBUTES.matcher(COMMENTS.matcher(html).replaceAll(""));
        while (attributes.find()) {
            if (LETTERS.matcher(attributes.group(2)).find()) {
                found.add(attributes.group(1) + "=\"" + attributes.group(2) + "\"");
            }
        }
        return found;
    }

    @ParameterizedTest
    @MethodSource("templates")
    void holdsNoHardCodedText(Path template) throws IOException {
        assertThat(hardCodedText(Files.readString(template))).as(template.toString()).isEmpty();
    }

    @Test
    void theCheckCatchesTextAndReadableAttributes() {
        assertThat(hardCodedText("<p>查询</p>")).containsExactly("查询");
        assertThat(hardCodedText("<p th:text=\"#{a}\">Search</p>")).containsExactly("Search");
        assertThat(hardCodedText("<input placeholder=\"name\">")).hasSize(1);
        assertThat(hardCodedText("<a th:if=\"${page > 1}\" th:text=\"#{a}\"></a>")).isEmpty();
        assertThat(hardCodedText("<input th:placeholder=\"#{a}\"><p th:text=\"#{b}\"></p><!-- note -->")).isEmpty();
    }
}
