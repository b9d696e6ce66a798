package cn.gov.amr.credit.ingestion.model;

import static cn.gov.amr.credit.ingestion.model.TestCodes.CODE_A;
import static cn.gov.amr.credit.ingestion.model.TestCodes.CODE_B;
import static cn.gov.amr.credit.ingestion.model.TestCodes.CODE_C;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.registry.EntityIdentity;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityStatus;

class EntityMatcherTest {

    static final String REG_A = TestCodes.registrationNumber("36048100000012");
    static final String REG_C = TestCodes.registrationNumber("36048100000029");
    static final String REG_UNKNOWN = TestCodes.registrationNumber("36048100009999");
    static final String ORG_A = CODE_A.substring(8, 17);
    static final String ORG_C = CODE_C.substring(8, 17);
    static final String ORG_UNKNOWN = TestCodes.organisationCode("MA0000U1");
    static final String SHARED_ORG_BODY = "MA35XY7Q";
    static final String SHARED_ORG = TestCodes.organisationCode(SHARED_ORG_BODY);
    static final String SHARING_1 = TestCodes.creditCode("91360481", SHARED_ORG_BODY);
    static final String SHARING_2 = TestCodes.creditCode("92360481", SHARED_ORG_BODY);
    /** A real code that fails its check, held with a review flag (DOMAIN §3). */
    static final String FLAGGED_CODE = TestCodes.withWrongCheckCharacter(CODE_B);
    static final String UNKNOWN_CODE = TestCodes.creditCode("91360481", "MA0000U1");
    static final String TWIN_1 = TestCodes.creditCode("92360481", "MA0000T1");
    static final String TWIN_2 = TestCodes.creditCode("92360481", "MA0000T2");

    static EntityIdentity entity(String code, String registrationNumber, String organisationCode, String name,
                                 String representative, boolean reviewFlag) {
        return new EntityIdentity(code, registrationNumber, organisationCode, name, representative,
                EntityKind.impliedBy(code), EntityStatus.ACTIVE, LocalDate.of(2010, 5, 1), "湓城分局", reviewFlag);
    }

    static final EntityIdentity A = entity(CODE_A, REG_A, ORG_A, "瑞昌市湓城食品有限公司", "张三", false);
    static final EntityIdentity FLAGGED = entity(FLAGGED_CODE, null, null, "瑞昌市桂林建材有限公司", "李四", true);
    static final EntityIdentity C = entity(CODE_C, REG_C, ORG_C, "瑞昌市码头五金店（分店）", "王五", false);
    static final EntityIdentity SHARING_ORG_1 = entity(SHARING_1, null, SHARED_ORG, "瑞昌市白杨饭店", "赵六", false);
    static final EntityIdentity SHARING_ORG_2 = entity(SHARING_2, null, SHARED_ORG, "瑞昌市白杨饭店分店", "赵六", false);
    static final EntityIdentity TWIN_NAME_1 = entity(TWIN_1, null, null, "瑞昌市南义小吃店", "钱七", false);
    static final EntityIdentity TWIN_NAME_2 = entity(TWIN_2, null, null, "瑞昌市南义小吃店", "钱七", false);
    static final EntityIdentity NO_REPRESENTATIVE = entity(TestCodes.creditCode("92360481", "MA0000R1"), null, null,
            "瑞昌市夏畈杂货店", null, false);

    static final EntityMatcher MATCHER = new EntityMatcher(
            List.of(A, FLAGGED, C, SHARING_ORG_1, SHARING_ORG_2, TWIN_NAME_1, TWIN_NAME_2, NO_REPRESENTATIVE));

    static PartyIdentifiers party(String creditCode, boolean suspect, String registrationNumber, String organisationCode,
                                  String name, String representative) {
        return new PartyIdentifiers(creditCode, suspect, registrationNumber, organisationCode,
                name == null ? null : TextNormalizer.name(name), representative == null ? null : TextNormalizer.name(representative));
    }

    static EntityMatcher.Match match(PartyIdentifiers party) {
        return MATCHER.match(party, "creditCode", "registrationNumber", "organisationCode", "partyName");
    }

    static EntityMatcher.Match matched(String code, boolean flagged) {
        return new EntityMatcher.Match(code, flagged, null);
    }

    static EntityMatcher.Match refused(String field, String problem, Object... arguments) {
        return new EntityMatcher.Match(null, false, RowProblem.of(field, problem, arguments));
    }

    @Test
    void theTestCodesAreWhatTheyClaim() {
        assertThat(cn.gov.amr.credit.shared.CreditCode.check(FLAGGED_CODE).valid()).isFalse();
        assertThat(cn.gov.amr.credit.shared.CreditCode.check(UNKNOWN_CODE).valid()).isTrue();
        assertThat(cn.gov.amr.credit.shared.OrganisationCode.check(ORG_A).valid()).isTrue();
        assertThat(cn.gov.amr.credit.shared.RegistrationNumber.check(REG_UNKNOWN).valid()).isTrue();
    }

    @Test
    void byCreditCode() {
        var match = match(party(CODE_A, false, null, null, "瑞昌市湓城食品有限公司", "张三"));
        assertThat(match).isEqualTo(matched(CODE_A, false));
        assertThat(match.matched()).isTrue();
        // the code decides, whatever else the row says
        assertThat(match(party(CODE_C, false, REG_A, ORG_A, "瑞昌市湓城食品有限公司", "张三"))).isEqualTo(matched(CODE_C, false));
    }

    @Test
    void aSuspectCodeMatchesAnEntityHeldWithAReviewFlagAndIsFlagged() {
        var match = match(party(FLAGGED_CODE, true, null, null, "瑞昌市桂林建材有限公司", "李四"));
        assertThat(match).isEqualTo(matched(FLAGGED_CODE, true));
        assertThat(match.matched()).isTrue();
        assertThat(match.flagged()).isTrue();
    }

    @Test
    void aSuspectCodeNobodyHoldsIsRefused() {
        String suspect = TestCodes.withWrongCheckCharacter(CODE_C);
        var match = match(party(suspect, true, REG_C, ORG_C, "瑞昌市码头五金店（分店）", "王五"));
        assertThat(match).isEqualTo(refused("creditCode", "CREDIT_CODE_CHECK_FAILED", suspect));
        assertThat(match.matched()).isFalse();
    }

    @Test
    void aSuspectCodeOfAnEntityWithoutReviewFlagIsRefused() {
        String bad = TestCodes.withWrongCheckCharacter(CODE_A);
        var matcher = new EntityMatcher(List.of(entity(bad, null, null, "瑞昌市某公司", "某人", false)));
        assertThat(matcher.match(party(bad, true, null, null, null, null), "cc", "rn", "oc", "nm"))
                .isEqualTo(refused("cc", "CREDIT_CODE_CHECK_FAILED", bad));
    }

    @Test
    void aValidButUnknownCodeIsNotFoundAndDoesNotFallBack() {
        // registration number, organisation code and name with representative would all find A
        var match = match(party(UNKNOWN_CODE, false, REG_A, ORG_A, "瑞昌市湓城食品有限公司", "张三"));
        assertThat(match).isEqualTo(refused("creditCode", "ENTITY_NOT_FOUND_BY_CODE", UNKNOWN_CODE));
        assertThat(match.matched()).isFalse();
        assertThat(match.entityCode()).isNull();
    }

    @Test
    void byRegistrationNumber() {
        assertThat(match(party(null, false, REG_C, null, null, null))).isEqualTo(matched(CODE_C, false));
        // stronger than the organisation code and the name
        assertThat(match(party(null, false, REG_C, ORG_A, "瑞昌市湓城食品有限公司", "张三"))).isEqualTo(matched(CODE_C, false));
    }

    @Test
    void anUnknownRegistrationNumberDoesNotFallBack() {
        assertThat(match(party(null, false, REG_UNKNOWN, ORG_A, "瑞昌市湓城食品有限公司", "张三")))
                .isEqualTo(refused("registrationNumber", "ENTITY_NOT_FOUND_BY_IDENTIFIER", REG_UNKNOWN));
    }

    @Test
    void byOrganisationCode() {
        assertThat(match(party(null, false, null, ORG_A, null, null))).isEqualTo(matched(CODE_A, false));
        assertThat(match(party(null, false, null, ORG_C, "瑞昌市湓城食品有限公司", "张三"))).isEqualTo(matched(CODE_C, false));
    }

    @Test
    void anUnknownOrganisationCodeDoesNotFallBack() {
        assertThat(match(party(null, false, null, ORG_UNKNOWN, "瑞昌市湓城食品有限公司", "张三")))
                .isEqualTo(refused("organisationCode", "ENTITY_NOT_FOUND_BY_IDENTIFIER", ORG_UNKNOWN));
    }

    @Test
    void twoEntitiesSharingAnOrganisationCodeAreAmbiguous() {
        var match = match(party(null, false, null, SHARED_ORG, "瑞昌市白杨饭店", "赵六"));
        assertThat(match).isEqualTo(refused("organisationCode", "ENTITY_AMBIGUOUS", SHARED_ORG, 2));
        assertThat(match.matched()).isFalse();
        // while each one's credit code still finds it
        assertThat(match(party(SHARING_2, false, null, SHARED_ORG, null, null))).isEqualTo(matched(SHARING_2, false));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "瑞昌市码头五金店（分店）|王五",
            "瑞昌市码头五金店(分店)|王五",
            "瑞昌市 码头五金店 (分店)|王 五",
            "\u3000瑞昌市码头五金店（ 分店 ）|\u00A0王五",
    })
    void byNameAndLegalRepresentative(String name, String representative) {
        assertThat(match(party(null, false, null, null, name, representative))).isEqualTo(matched(CODE_C, false));
    }

    @Test
    void byNameAndLegalRepresentativeFromACheckedRow() {
        var row = new RowChecker(RecordSchemas.of(RecordKind.PENALTY), RowCheckerTest.TODAY).check(3,
                RowCheckerTest.penalty().without("creditCode")
                        .set("partyName", " 瑞昌市 码头五金店(分店) ").set("legalRepresentative", "王　五").raw);
        assertThat(row.problems()).isEmpty();
        assertThat(match(row.party())).isEqualTo(matched(CODE_C, false));
    }

    @Test
    void aNameAloneOrWithAnotherRepresentativeMatchesNothing() {
        assertThat(match(party(null, false, null, null, "瑞昌市码头五金店（分店）", null)).matched()).isFalse();
        assertThat(match(party(null, false, null, null, "瑞昌市码头五金店（分店）", "王六")))
                .isEqualTo(refused("partyName", "ENTITY_NOT_FOUND_BY_IDENTIFIER", "瑞昌市码头五金店(分店)"));
        assertThat(match(party(null, false, null, null, "瑞昌市码头五金店", "王五")).matched()).isFalse();
        // an entity registered without a representative is never matched by name
        assertThat(match(party(null, false, null, null, "瑞昌市夏畈杂货店", null)).matched()).isFalse();
        assertThat(match(party(null, false, null, null, "瑞昌市夏畈杂货店", "null")).matched()).isFalse();
    }

    @Test
    void twoEntitiesWithTheSameNameAndRepresentativeAreAmbiguous() {
        assertThat(match(party(null, false, null, null, "瑞昌市南义小吃店", "钱七")))
                .isEqualTo(refused("partyName", "ENTITY_AMBIGUOUS", "瑞昌市南义小吃店", 2));
    }

    @Test
    void nothingMatches() {
        assertThat(match(party(null, false, null, null, "瑞昌市不存在的公司", "无名")))
                .isEqualTo(refused("partyName", "ENTITY_NOT_FOUND_BY_IDENTIFIER", "瑞昌市不存在的公司"));
        assertThat(match(party(null, false, REG_UNKNOWN, null, null, null)))
                .isEqualTo(refused("registrationNumber", "ENTITY_NOT_FOUND_BY_IDENTIFIER", REG_UNKNOWN));
        var empty = new EntityMatcher(List.of());
        assertThat(empty.match(party(null, false, null, ORG_A, null, null), "c", "r", "o", "n"))
                .isEqualTo(refused("o", "ENTITY_NOT_FOUND_BY_IDENTIFIER", ORG_A));
        assertThat(empty.match(party(CODE_A, false, null, null, null, null), "c", "r", "o", "n"))
                .isEqualTo(refused("c", "ENTITY_NOT_FOUND_BY_CODE", CODE_A));
    }

    @Test
    void aMatchOnAnEntityUnderReviewIsFlaggedWhicheverIdentifierFoundIt() {
        String code = TestCodes.creditCode("91360481", "MA0000F1");
        String reg = TestCodes.registrationNumber("36048100000777");
        var matcher = new EntityMatcher(List.of(entity(code, reg, null, "瑞昌市范镇农资店", "孙八", true)));
        assertThat(matcher.match(party(code, false, null, null, null, null), "c", "r", "o", "n")).isEqualTo(matched(code, true));
        assertThat(matcher.match(party(null, false, reg, null, null, null), "c", "r", "o", "n")).isEqualTo(matched(code, true));
        assertThat(matcher.match(party(null, false, null, null, "瑞昌市范镇农资店", "孙八"), "c", "r", "o", "n"))
                .isEqualTo(matched(code, true));
    }

    @Test
    void theProblemNamesTheFieldTheCallerGave() {
        var match = MATCHER.match(party(UNKNOWN_CODE, false, null, null, null, null), "partyId", "x", "y", "z");
        assertThat(match.problem().field()).isEqualTo("partyId");
        assertThat(match.problem().code()).isEqualTo("ENTITY_NOT_FOUND_BY_CODE");
        assertThat(Map.of("k", match.problem().arguments())).containsEntry("k", List.of(UNKNOWN_CODE));
    }
}
