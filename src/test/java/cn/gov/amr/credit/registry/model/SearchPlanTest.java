package cn.gov.amr.credit.registry.model;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.amr.credit.registry.model.SearchPlan.Type;
import org.junit.jupiter.api.Test;

/** How a search text is looked up, without Spring. */
class SearchPlanTest {

    @Test
    void nothingSearchesEverything() {
        assertThat(SearchPlan.of(null).type()).isEqualTo(Type.ALL);
        assertThat(SearchPlan.of("  \u3000").type()).isEqualTo(Type.ALL);
    }

    @Test
    void aCreditCodeIsLookedUpExactlyWhateverTheWidthAndCase() {
        assertThat(SearchPlan.of("91330100799655058b")).isEqualTo(new SearchPlan(Type.CREDIT_CODE, "91330100799655058B"));
        assertThat(SearchPlan.of("９１３３０１００７９９６５５０５８Ｂ"))
                .isEqualTo(new SearchPlan(Type.CREDIT_CODE, "91330100799655058B"));
    }

    @Test
    void fifteenDigitsAreARegistrationNumber() {
        assertThat(SearchPlan.of(" 440300000000017 ")).isEqualTo(new SearchPlan(Type.REGISTRATION_NUMBER, "440300000000017"));
    }

    @Test
    void anOrganisationCodeLosesItsHyphen() {
        assertThat(SearchPlan.of("10000396-2")).isEqualTo(new SearchPlan(Type.ORGANISATION_CODE, "100003962"));
        assertThat(SearchPlan.of("100003962")).isEqualTo(new SearchPlan(Type.ORGANISATION_CODE, "100003962"));
    }

    @Test
    void nineLettersWithoutADigitAreAName() {
        assertThat(SearchPlan.of("ABCDEFGHX").type()).isEqualTo(Type.NAME);
    }

    @Test
    void twoCharactersOrMoreAreANameOrAPerson() {
        assertThat(SearchPlan.of("华为")).isEqualTo(new SearchPlan(Type.NAME, "华为"));
        assertThat(SearchPlan.of(" 张 三 ")).isEqualTo(new SearchPlan(Type.NAME, "张三"));
        assertThat(SearchPlan.of("ab")).isEqualTo(new SearchPlan(Type.NAME, "AB"));
    }

    @Test
    void oneCharacterIsTooShort() {
        assertThat(SearchPlan.of("华").type()).isEqualTo(Type.TOO_SHORT);
        assertThat(SearchPlan.of(" a ").type()).isEqualTo(Type.TOO_SHORT);
        assertThat(SearchPlan.of(new String(Character.toChars(0x20000))).type()).isEqualTo(Type.TOO_SHORT);
    }

    @Test
    void anIdentifierThatMatchedNothingIsSearchedAsAName() {
        assertThat(SearchPlan.of("440300000000017").asName()).isEqualTo(new SearchPlan(Type.NAME, "440300000000017"));
    }
}
