package cn.gov.amr.credit.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import org.junit.jupiter.api.Test;

/** The log pattern masks anything shaped like a resident ID number (second line of defence). */
class LogMaskingTest {

    @SuppressWarnings("unchecked")
    private static String format(String message) throws Exception {
        var context = new LoggerContext();
        var configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(LogMaskingTest.class.getResource("/logback-spring.xml"));
        var logger = context.getLogger("test");
        var appender = (ConsoleAppender<ch.qos.logback.classic.spi.ILoggingEvent>) context.getLogger("ROOT")
                .getAppender("CONSOLE");
        var encoder = (Encoder<ch.qos.logback.classic.spi.ILoggingEvent>) appender.getEncoder();
        var event = new LoggingEvent("test", logger, Level.INFO, message, null, null);
        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);
        context.stop();
        return line;
    }

    @Test
    void residentIdNumbersAreMaskedKeepingSixAndFour() throws Exception {
        String line = format("legal representative 11010519491231002X and 360481198803150017 changed");
        assertThat(line).doesNotContain("11010519491231002X").doesNotContain("360481198803150017")
                .contains("110105********002X").contains("360481********0017");
    }

    @Test
    void creditCodesAndOrdinaryNumbersAreLeftAlone() throws Exception {
        String line = format("entity 91330100799655058B batch 123456789012");
        assertThat(line).contains("91330100799655058B").contains("123456789012");
    }
}
