package cn.gov.amr.credit.classification.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.gov.amr.credit.classification.model.Measure;
import org.springframework.stereotype.Component;

/**
 * What a measure counts, in words: "近36个月 行政处罚 记录数（仅有效期内；违法行为类型为 …）", "列入 经营异常名录",
 * "成立年限". Record kinds, flags, lists and entity kinds by their labels; a field by its label when
 * the bundles have one ({@code classification.measure.field.*}), else by its name.
 */
@Component
class MeasureText {

    private final ClassificationPageSupport fmt;

    MeasureText(ClassificationPageSupport fmt) {
        this.fmt = fmt;
    }

    String describe(Measure measure, Locale locale) {
        if (measure.type() == null) {
            return "";
        }
        String key = "classification.measure." + measure.type().name();
        return switch (measure.type()) {
            case RECORD_COUNT -> fmt.text(key, locale, window(measure.withinMonths(), locale), kinds(measure, locale))
                    + filters(measure, locale);
            case RECORD_AMOUNT -> fmt.text(key, locale, window(measure.withinMonths(), locale), kinds(measure, locale),
                    field(measure.field(), locale)) + filters(measure, locale);
            case FLAG -> fmt.text(key, locale, label("flag.", measure.flag(), locale));
            case LISTED -> fmt.text(key, locale, labels("classification.measure.list.", measure.lists(), locale));
            case ENTITY_KIND -> fmt.text(key, locale, labels("kind.", measure.values(), locale));
            case INDUSTRY -> fmt.text(key, locale, String.join(separator(locale), measure.values()));
            case ANNUAL_REPORTS_MISSING -> fmt.text(key, locale,
                    Integer.toString(measure.withinYears() == null ? 3 : measure.withinYears()));
            case REGISTRATION_CHANGES -> fmt.text(key, locale, window(measure.withinMonths(), locale));
            case ENTITY_AGE, REGISTERED_CAPITAL, RELATED_BAD_ENTITIES -> fmt.text(key, locale);
        };
    }

    private String window(Integer months, Locale locale) {
        return months == null ? fmt.text("classification.measure.window.all", locale)
                : fmt.text("classification.measure.window.months", locale, Integer.toString(months));
    }

    private String kinds(Measure measure, Locale locale) {
        return labels("recordKind.", measure.kinds(), locale);
    }

    private String filters(Measure measure, Locale locale) {
        var parts = new ArrayList<String>();
        if (measure.onlyInForce()) {
            parts.add(fmt.text("classification.measure.filter.inForce", locale));
        }
        if (!measure.values().isEmpty() && measure.field() != null) {
            parts.add(fmt.text("classification.measure.filter.values", locale, field(measure.field(), locale),
                    String.join(separator(locale), measure.values())));
        }
        if (!measure.contains().isEmpty() && measure.field() != null) {
            parts.add(fmt.text("classification.measure.filter.contains", locale, field(measure.field(), locale),
                    String.join(separator(locale), measure.contains())));
        }
        return parts.isEmpty() ? "" : fmt.text("classification.measure.filters", locale,
                String.join(fmt.text("classification.page.separator", locale), parts));
    }

    private String field(String field, Locale locale) {
        return field == null ? "" : fmt.textOr("classification.measure.field." + field, field, locale);
    }

    private String labels(String prefix, List<String> names, Locale locale) {
        return String.join(separator(locale), names.stream().map(name -> label(prefix, name, locale)).toList());
    }

    private String label(String prefix, String name, Locale locale) {
        return name == null ? "" : fmt.textOr(prefix + name, name, locale);
    }

    private String separator(Locale locale) {
        return fmt.text("classification.measure.or", locale);
    }
}
