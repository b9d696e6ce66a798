package cn.gov.amr.credit.registry.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Bigram fragment search over names, without Spring. */
class SearchTextTest {

    @Test
    void queriesAndNamesAreNormalisedAlike() {
        assertThat(SearchText.normalize(" 华为\u3000技术　ＡＢｃ有限 公司\t")).isEqualTo("华为技术ABC有限公司");
        assertThat(SearchText.normalize(null)).isEmpty();
        assertThat(SearchText.normalize("（北京）")).isEqualTo("(北京)");
    }

    @Test
    void aNameIsIndexedByItsDistinctBigrams() {
        assertThat(SearchText.bigrams("华为技术")).containsExactly("华为", "为技", "技术");
        assertThat(SearchText.bigrams("哈哈哈")).containsExactly("哈哈");
        assertThat(SearchText.bigrams("华")).containsExactly("华");
        assertThat(SearchText.bigrams("")).isEmpty();
    }

    @Test
    void bigramsCountCharactersOutsideTheBasicPlane() {
        String rare = new String(Character.toChars(0x20000)) + new String(Character.toChars(0x20001)) + "店";
        assertThat(SearchText.bigrams(rare)).hasSize(2);
        assertThat(SearchText.length(rare)).isEqualTo(3);
    }

    @Test
    void theBigramsOfAnEntityIncludeThoseOfItsFormerNames() {
        var bigrams = SearchText.bigramsOfNames(List.of("甲乙商店", "丙丁 贸易"));
        assertThat(bigrams).contains("甲乙", "商店", "丙丁", "丁贸", "贸易");
        assertThat(bigrams).doesNotContain("店丙");
    }

    @Test
    void aFragmentNeverSpansTwoNames() {
        String searchable = SearchText.searchable(List.of("甲乙", "丙丁"));
        assertThat(searchable).contains("甲乙").contains("丙丁").doesNotContain("乙丙");
        assertThat(SearchText.bigramsOfNames(List.of("甲乙", "丙丁")))
                .doesNotContainAnyElementsOf(SearchText.bigrams(SearchText.normalize("乙\u0001丙")));
    }

    @Test
    void theLikePatternEscapesWildcards() {
        assertThat(SearchText.containsPattern("10%_股\\份")).isEqualTo("%10\\%\\_股\\\\份%");
        assertThat(SearchText.containsPattern("华为")).isEqualTo("%华为%");
    }
}
