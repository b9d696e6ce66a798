package cn.gov.amr.credit.classification.web;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import cn.gov.amr.credit.classification.RiskResult;
import cn.gov.amr.credit.classification.RiskResult.AppliedOverride;
import cn.gov.amr.credit.classification.RiskResult.IndicatorScore;
import org.springframework.stereotype.Component;

/**
 * A result's reasons in plain words, one line per indicator: "近3年行政处罚 2次 +20分"; a yes/no indicator
 * that holds without its value ("列入经营异常名录 +30分"); the override that applied
 * ("列入严重违法失信名单 ⇒ D"). Indicators that gave no points are kept apart ({@link #zero}).
 */
@Component
class ExplanationText {

    private final ClassificationPageSupport fmt;

    ExplanationText(ClassificationPageSupport fmt) {
        this.fmt = fmt;
    }

    /** The lines of the indicators that gave points, most points first. */
    List<String> scoring(List<IndicatorScore> explanation, Locale locale) {
        return explanation.stream().filter(score -> score.points() != 0)
                .sorted(java.util.Comparator.comparingInt((IndicatorScore score) -> -Math.abs(score.points())))
                .map(score -> line(score, locale)).toList();
    }

    /** The lines of the indicators measured that gave no points, in the model's order. */
    List<String> zero(List<IndicatorScore> explanation, Locale locale) {
        return explanation.stream().filter(score -> score.points() == 0).map(score -> line(score, locale)).toList();
    }

    /** One indicator's line. */
    String line(IndicatorScore score, Locale locale) {
        String points = ClassificationPageSupport.signed(score.points());
        if (yesNo(score)) {
            return score.value().signum() == 0
                    ? fmt.text("classification.page.line.no", locale, score.name(), points)
                    : fmt.text("classification.page.line.yes", locale, score.name(), points);
        }
        return fmt.text("classification.page.line.valued", locale, score.name(),
                ClassificationPageSupport.number(score.value()), score.unit(), points);
    }

    /** The override in words, or empty when none applied. */
    String override(AppliedOverride override, Locale locale) {
        if (override == null) {
            return "";
        }
        return fmt.text("classification.page.override." + override.effect(), locale, override.name(),
                override.riskClass());
    }

    /** The first lines of the reasons: the override first, then the indicators with the most points. */
    List<String> top(RiskResult result, int count, Locale locale) {
        var lines = new java.util.ArrayList<String>();
        if (result.override() != null) {
            lines.add(override(result.override(), locale));
        }
        lines.addAll(scoring(result.explanation(), locale));
        return lines.stream().limit(count).toList();
    }

    private static boolean yesNo(IndicatorScore score) {
        BigDecimal value = score.value();
        return (score.unit() == null || score.unit().isEmpty()) && value != null
                && (value.compareTo(BigDecimal.ZERO) == 0 || value.compareTo(BigDecimal.ONE) == 0);
    }
}
