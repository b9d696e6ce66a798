package cn.gov.amr.credit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The Chinese and English bundles hold the same keys, and every key a template uses exists. */
class MessageBundlesTest {

    private static final Path RESOURCES = Path.of("src/main/resources");

    static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(RESOURCES.resolve(name)), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void bothBundlesHaveTheSameKeys() throws IOException {
        var chinese = load("messages.properties").stringPropertyNames();
        var english = load("messages_en.properties").stringPropertyNames();
        var onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        var onlyEnglish = new TreeSet<>(english);
        onlyEnglish.removeAll(chinese);
        assertThat(onlyChinese).as("keys only in messages.properties").isEmpty();
        assertThat(onlyEnglish).as("keys only in messages_en.properties").isEmpty();
    }

    @Test
    void noMessageIsBlankAndTheDefaultBundleIsChinese() throws IOException {
        var chinese = load("messages.properties");
        var english = load("messages_en.properties");
        chinese.forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
        english.forEach((k, v) -> assertThat(v.toString()).as(k.toString()).isNotBlank());
        assertThat(chinese.getProperty("portal.title")).isEqualTo("企业信用信息查询");
    }

    @Test
    void everyLiteralKeyUsedInATemplateExists() throws IOException {
        var keys = load("messages.properties").stringPropertyNames();
        var used = new HashSet<String>();
        var literal = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        try (Stream<Path> templates = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path template : templates.filter(p -> p.toString().endsWith(".html")).toList()) {
                var matcher = literal.matcher(Files.readString(template));
                while (matcher.find()) {
                    used.add(matcher.group(1));
                }
            }
        }
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(keys);
        assertThat(missing).as("keys used in templates but missing from the bundles").isEmpty();
    }
}
