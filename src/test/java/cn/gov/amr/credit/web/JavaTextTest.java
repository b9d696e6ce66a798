package cn.gov.amr.credit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Chinese text belongs in the message bundles (or configuration), never in Java code; comments may explain terms. */
class JavaTextTest {

    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\n]*", Pattern.DOTALL);
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}+");

    @Test
    void mainJavaCodeHoldsNoChineseOutsideComments() throws IOException {
        var offenders = new ArrayList<String>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                var matcher = HAN.matcher(COMMENTS.matcher(Files.readString(source)).replaceAll(""));
                while (matcher.find()) {
                    offenders.add(source + ": " + matcher.group());
                }
            }
        }
        assertThat(offenders).isEmpty();
    }
}
