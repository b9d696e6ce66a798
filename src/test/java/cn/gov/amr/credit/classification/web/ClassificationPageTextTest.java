package cn.gov.amr.credit.classification.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import cn.gov.amr.credit.classification.RiskResult;
import cn.gov.amr.credit.classification.RiskResult.AppliedOverride;
import cn.gov.amr.credit.classification.RiskResult.IndicatorScore;
import cn.gov.amr.credit.classification.model.DefaultModels;
import cn.gov.amr.credit.classification.model.IndicatorDef;
import cn.gov.amr.credit.classification.model.ModelDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The classification pages' words, with the real message bundles and the default model: an explanation
 * line per indicator ("近3年行政处罚 2次 +20分", a yes/no without its value), the override, the top reasons
 * of the entity page's panel; a model's classes with score ranges, its indicators and overrides in words.
 */
class ClassificationPageTextTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final ClassificationPageSupport fmt = new ClassificationPageSupport(messages(), null, null);
    private final ExplanationText explanations = new ExplanationText(fmt);
    private final ModelText models = new ModelText(fmt, new MeasureText(fmt));

    static ResourceBundleMessageSource messages() {
        var messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static IndicatorScore score(String name, String unit, int value, int points) {
        return new IndicatorScore(name, name, "SUPERVISION", BigDecimal.valueOf(value), unit, points);
    }

    @Test
    void aCountedIndicatorReadsWithItsValueUnitAndSignedPoints() {
        assertThat(explanations.line(score("近3年行政处罚", "次", 2, 20), ZH)).isEqualTo("近3年行政处罚 2次 +20分");
        assertThat(explanations.line(new IndicatorScore("fines", "近3年罚款金额", "SUPERVISION", new BigDecimal("12.50"),
                "万元", 8), ZH)).isEqualTo("近3年罚款金额 12.5万元 +8分");
    }

    @Test
    void aYesNoIndicatorThatHoldsReadsWithoutItsValue() {
        assertThat(explanations.line(score("列入经营异常名录", "", 1, 30), ZH)).isEqualTo("列入经营异常名录 +30分");
        assertThat(explanations.line(score("获得表彰奖励", "", 1, -5), ZH)).isEqualTo("获得表彰奖励 -5分");
    }

    @Test
    void indicatorsWithoutPointsAreKeptApartAndTheTopReasonsStartWithTheOverride() {
        var explanation = List.of(score("成立年限", "年", 5, 0), score("近3年行政处罚", "次", 1, 10),
                score("列入严重违法失信名单", "", 1, 40), score("近1年投诉举报", "件", 1, 1));
        var result = new RiskResult("914403001922038216", "D", 51, 1, 1, java.time.Instant.now(), "C", explanation,
                new AppliedOverride("列入严重违法失信名单的，直接认定为D类", "SET", "D"), List.of());
        assertThat(explanations.scoring(explanation, ZH)).containsExactly("列入严重违法失信名单 +40分",
                "近3年行政处罚 1次 +10分", "近1年投诉举报 1件 +1分");
        assertThat(explanations.zero(explanation, ZH)).containsExactly("成立年限 5年 0分");
        assertThat(explanations.top(result, 3, ZH)).containsExactly("列入严重违法失信名单的，直接认定为D类 ⇒ D",
                "列入严重违法失信名单 +40分", "近3年行政处罚 1次 +10分");
    }

    @Test
    void theDefaultModelReadsInPlainWords() {
        ModelDefinition model = DefaultModels.general(tools.jackson.databind.json.JsonMapper.builder().build());
        assertThat(models.classes(model.classes(), ZH)).extracting(ModelText.ClassRow::range)
                .containsExactly("9 分及以下", "10～29 分", "30～59 分", "60 分及以上");
        var byDimension = models.byDimension(model.indicators(), ZH);
        assertThat(byDimension.keySet()).containsExactly("基础属性", "动态信息", "监管信息", "关联关系", "社会评价");
        var penalties = row(model, "penalties");
        assertThat(penalties.measure()).isEqualTo("近36个月行政处罚记录条数");
        assertThat(penalties.points()).isEqualTo("每次 +10分，最高 40分");
        assertThat(row(model, "abnormalListed").points()).isEqualTo("是：+25分");
        assertThat(row(model, "entityAge").points()).isEqualTo("不满1年：+8分；1年至不满3年：+4分");
        assertThat(row(model, "heavyPenalties").measure()).startsWith("近36个月行政处罚记录条数（");
        assertThat(models.overrides(model.overrides(), model.indicators(), ZH)).first()
                .satisfies(rule -> assertThat(rule.conditions() + rule.effect()).isEqualTo("列入严重违法失信名单直接判为 D 类"));
    }

    private ModelText.IndicatorRow row(ModelDefinition model, String id) {
        IndicatorDef indicator = model.indicators().stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
        return models.row(indicator, ZH);
    }
}
