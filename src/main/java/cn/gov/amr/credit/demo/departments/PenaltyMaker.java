package cn.gov.amr.credit.demo.departments;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import cn.gov.amr.credit.ingestion.schema.PenaltyFields;

/**
 * Administrative penalties (national format). Variant columns: department, weight, violation, facts,
 * legal basis, penalty kinds (codes joined by ;, options separated by /), fine range in yuan,
 * licence suspended or revoked, pool. Amounts are written in 万元; the content spells them in yuan.
 * A penalty of warnings or criticism only is published for 3 months, any other for 3 years.
 */
final class PenaltyMaker extends RowMaker {

    private static final String FINE = "03";
    private static final String CONFISCATION = "04";
    private static final Set<String> LICENCE_MEASURES = Set.of("06", "08");
    private static final Set<String> MILD = Set.of("01", "02");
    private static final int YUAN_PER_WAN = 4;
    private static final long GROUPING_FROM = 10_000;
    private static final int GAIN_STEPS = 50;
    private static final long GAIN_STEP = 100;

    private final Map<String, String> contents = new HashMap<>();
    private final String separator;
    private final String lineBreak;

    PenaltyMaker(Context context) {
        super(context, "penalties");
        context.words().rows("penalty-content").forEach(r -> contents.put(r[0], r[1]));
        separator = context.words().word("separator");
        lineBreak = context.words().word("multi-line");
    }

    @Override
    String pool(String[] variant) {
        return variant[8];
    }

    @Override
    Map<String, String> row(String[] v, Doc doc, int entity, Random random) {
        String[] options = v[5].split("/");
        List<String> kinds = List.of(options[random.nextInt(options.length)].split(";"));
        long fine = kinds.contains(FINE) ? yuan(v[6], random) : 0;
        long gain = kinds.contains(CONFISCATION) ? GAIN_STEP * (1 + random.nextInt(GAIN_STEPS)) : 0;
        var row = newRow();
        context.parties().national(row, context.schema(), entity, random);
        row.put(PenaltyFields.DOCUMENT_NUMBER.name(), doc.number());
        row.put(PenaltyFields.VIOLATION_TYPE.name(), v[2]);
        row.put(PenaltyFields.FACTS.name(), v[3].replace(lineBreak, "\n"));
        row.put(PenaltyFields.BASIS.name(), v[4]);
        row.put(PenaltyFields.PENALTY_CATEGORIES.name(),
                kinds.stream().map(k -> context.label(PenaltyFields.PENALTY_CATEGORIES, k))
                .collect(Collectors.joining(";")));
        row.put(PenaltyFields.CONTENT.name(),
                kinds.stream().map(k -> content(k, fine, gain, v[7])).collect(Collectors.joining(separator)));
        if (fine > 0) {
            row.put(PenaltyFields.FINE_AMOUNT.name(), wan(fine));
        }
        if (gain > 0) {
            row.put(PenaltyFields.CONFISCATED_AMOUNT.name(), wan(gain));
        }
        if (kinds.stream().anyMatch(LICENCE_MEASURES::contains)) {
            row.put(PenaltyFields.SUSPENDED_LICENCE.name(), v[7]);
        }
        row.put(PenaltyFields.DECISION_DATE.name(), Context.iso(doc.date()));
        var until = doc.date().plus(MILD.containsAll(kinds) ? DemoFigures.SHORT_PUBLICITY : DemoFigures.LONG_PUBLICITY);
        row.put(PenaltyFields.VALID_UNTIL.name(), Context.iso(until));
        row.put(PenaltyFields.PUBLICITY_UNTIL.name(), Context.iso(until));
        authority(row, PenaltyFields.AUTHORITY, PenaltyFields.AUTHORITY_CODE, PenaltyFields.SOURCE_UNIT, PenaltyFields.SOURCE_UNIT_CODE);
        remarks(row, PenaltyFields.REMARKS, random);
        return row;
    }

    private String content(String kind, long fine, long gain, String licence) {
        String template = contents.get(kind);
        if (template == null) {
            throw new IllegalStateException("[penalty-content] has no text for " + kind);
        }
        return template.replace("{fine}", spelled(fine)).replace("{gain}", spelled(gain)).replace("{licence}", licence);
    }

    /** A fine from the range {@code min-max}, in round hundreds (thousands for large ranges). */
    private static long yuan(String range, Random random) {
        String[] bounds = range.split("-");
        long min = Long.parseLong(bounds[0]);
        long max = Long.parseLong(bounds[1]);
        long step = max >= 100_000 ? 1_000 : max >= 1_000 ? 100 : 50;
        return min + step * random.nextInt((int) ((max - min) / step) + 1);
    }

    private static String wan(long yuan) {
        return BigDecimal.valueOf(yuan, YUAN_PER_WAN).stripTrailingZeros().toPlainString();
    }

    private static String spelled(long yuan) {
        return yuan >= GROUPING_FROM ? String.format(Locale.ROOT, "%,d", yuan) : String.valueOf(yuan);
    }
}
