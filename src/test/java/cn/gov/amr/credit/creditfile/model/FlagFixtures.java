package cn.gov.amr.credit.creditfile.model;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import cn.gov.amr.credit.ingestion.RecordFact;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.registry.EntityStatus;

/** Records, days and message bundles for the flag policies' plain tests. */
final class FlagFixtures {

    static final LocalDate TODAY = LocalDate.parse("2026-11-26");
    static final MonthDay JUNE_30 = MonthDay.of(6, 30);

    private FlagFixtures() {
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static RecordFact fact(RecordKind kind, String key, String decided, String until) {
        return new RecordFact("91360481MA00000000", kind, key, decided == null ? null : LocalDate.parse(decided),
                until == null ? null : LocalDate.parse(until));
    }

    /** Flags from records alone, on {@code today}. */
    static FlagContext records(LocalDate today, RecordFact... facts) {
        return FlagContext.ofRecords(today, List.of(facts));
    }

    /** An entity read on {@code today}, for whose due year the platform has received reports. */
    static FlagContext entity(String today, String establishedOn, EntityStatus status, RecordFact... reports) {
        return new FlagContext(day(today), List.of(reports), establishedOn == null ? null : day(establishedOn), status,
                year -> true);
    }

    /** The explanation as a reader sees it, in English ({@code en}) or Chinese (the default bundle). */
    static String render(FlagExplanation explanation, Locale locale) {
        String bundle = locale.getLanguage().equals("en") ? "messages_en.properties" : "messages.properties";
        var properties = new Properties();
        try (var reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources", bundle)),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        String pattern = properties.getProperty(explanation.messageKey());
        if (pattern == null) {
            throw new AssertionError("no message " + explanation.messageKey() + " in " + bundle);
        }
        return new MessageFormat(pattern, locale).format(explanation.arguments().toArray());
    }
}
