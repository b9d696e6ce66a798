package cn.gov.amr.credit.registry.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.amr.credit.registry.model.EntityDraft;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityStatus;
import cn.gov.amr.credit.registry.IdType;
import cn.gov.amr.credit.registry.LegalRepresentative;
import cn.gov.amr.credit.shared.CreditCode;
import cn.gov.amr.credit.shared.IdentifierProblem;
import cn.gov.amr.credit.shared.Refusal.FieldProblem;
import org.junit.jupiter.api.Test;

/** The field rules of an entity without Spring: every problem is named by the JSON path of its field. */
class EntityRulesTest {

    private static final String CODE = "914403001922038216";
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 1);
    private static final EntityRules.ReferenceData REFERENCE = new EntityRules.ReferenceData(
            Set.of("PENCHENG", "GUILIN"), Map.of("A", "A", "01", "A", "C", "C", "13", "C", "F", "F", "52", "F"), TODAY);

    /** A draft that passes every rule; tests change one field at a time. */
    private static Draft valid() {
        return new Draft();
    }

    private static final class Draft {
        String code = CODE;
        String name = "深圳市示例科技有限公司";
        EntityKind kind = EntityKind.ENTERPRISE;
        LegalRepresentative representative = new LegalRepresentative("张三", IdType.RESIDENT_ID, "11010519491231002X");
        String registrationNumber = "440300000000017";
        String organisationCode = "19220382-1";
        List<String> formerNames = new ArrayList<>(List.of("深圳市示例商行"));
        BigDecimal capital = new BigDecimal("100");
        LocalDate established = LocalDate.of(2010, 1, 1);
        String authority = "深圳市市场监督管理局";
        String address = "深圳市福田区";
        String town = "福田街道";
        String regionCode = "440300";
        String industryCode = "C13";
        String scope = "食品加工";
        String jurisdiction = "PENCHENG";

        EntityDraft draft() {
            return new EntityDraft(code, name, kind, representative, registrationNumber, organisationCode, formerNames,
                    capital, established, authority, EntityStatus.ACTIVE, address, town, regionCode, industryCode,
                    scope, jurisdiction);
        }

        List<FieldProblem> problems() {
            return EntityRules.fieldProblems(draft(), code, REFERENCE);
        }
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }

    @Test
    void aCompleteValidDraftHasNoProblems() {
        assertThat(valid().problems()).isEmpty();
    }

    @Test
    void onlyCodeNameAndKindAreRequired() {
        var minimal = new EntityDraft(CODE, "某公司", EntityKind.ENTERPRISE, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null);
        assertThat(EntityRules.fieldProblems(minimal, CODE, REFERENCE)).isEmpty();

        var empty = new EntityDraft(CODE, "  ", null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
        assertThat(EntityRules.fieldProblems(empty, CODE, REFERENCE)).containsExactly(
                new FieldProblem("$.name", "REQUIRED"), new FieldProblem("$.kind", "REQUIRED"));
    }

    @Test
    void aKindInconsistentWithTheCodesSecondCharacterIsAProblemOfKind() {
        var draft = valid();
        draft.kind = EntityKind.INDIVIDUAL_BUSINESS;
        assertThat(draft.problems()).containsExactly(new FieldProblem("$.kind", "KIND_MISMATCH",
                List.of(new cn.gov.amr.credit.shared.MessageKey("kind.ENTERPRISE"))));
    }

    @Test
    void theKindIsNotComparedWithACodeThatFailedItsOwnCheck() {
        var draft = valid();
        draft.kind = EntityKind.COOPERATIVE;
        assertThat(EntityRules.fieldProblems(draft.draft(), null, REFERENCE)).isEmpty();
    }

    @Test
    void aResidentIdNumberFailingItsCheckIsNamedWithPosition18() {
        var draft = valid();
        draft.representative = new LegalRepresentative("张三", IdType.RESIDENT_ID, "110105194912310021");
        assertThat(draft.problems()).containsExactly(new FieldProblem("$.legalRepresentative.idNumber",
                IdentifierProblem.CHECK_CHARACTER, List.of(18, "X", "1")));
    }

    @Test
    void aMaskedIdNumberStandsForTheStoredOneOnlyWhenThereIsOne() {
        var draft = valid();
        draft.representative = new LegalRepresentative("张三", IdType.RESIDENT_ID, "110105********002X");
        assertThat(EntityRules.fieldProblems(draft.draft(), CODE, REFERENCE, true)).isEmpty();
        assertThat(draft.problems()).containsExactly(new FieldProblem("$.legalRepresentative.idNumber",
                IdentifierProblem.ILLEGAL_CHARACTER, List.of(7, "*")));
        draft.representative = new LegalRepresentative("John Smith", IdType.PASSPORT, "E1****67");
        assertThat(EntityRules.fieldProblems(draft.draft(), CODE, REFERENCE, true)).isEmpty();
        assertThat(draft.problems()).containsExactly(new FieldProblem("$.legalRepresentative.idNumber",
                IdentifierProblem.ILLEGAL_CHARACTER, List.of(3, "*")));
    }

    @Test
    void anIdNumberNeedsItsType() {
        var draft = valid();
        draft.representative = new LegalRepresentative("张三", null, "11010519491231002X");
        assertThat(draft.problems()).containsExactly(new FieldProblem("$.legalRepresentative.idType", "REQUIRED"));
    }

    @Test
    void otherDocumentsAreFourToThirtyLettersDigitsOrHyphens() {
        var draft = valid();
        draft.representative = new LegalRepresentative("John Smith", IdType.PASSPORT, "e1234567");
        assertThat(draft.problems()).isEmpty();
        draft.representative = new LegalRepresentative("John Smith", IdType.PASSPORT, "E12");
        assertThat(draft.problems()).containsExactly(
                new FieldProblem("$.legalRepresentative.idNumber", "DOCUMENT_NUMBER_FORMAT"));
        draft.representative = new LegalRepresentative("John Smith", IdType.OTHER, "护照123456");
        assertThat(fields(draft.problems())).containsExactly("$.legalRepresentative.idNumber");
    }

    @Test
    void aRepresentativeNameLongerThan50IsTooLong() {
        var draft = valid();
        draft.representative = new LegalRepresentative("名".repeat(51), null, null);
        assertThat(draft.problems()).containsExactly(
                new FieldProblem("$.legalRepresentative.name", "TOO_LONG", List.of(EntityRules.MAX_PERSON_NAME)));
    }

    @Test
    void registrationNumberAndOrganisationCodeAreChecked() {
        var draft = valid();
        draft.registrationNumber = "440300000000018";
        draft.organisationCode = "1922038";
        var problems = draft.problems();
        assertThat(fields(problems)).containsExactly("$.registrationNumber", "$.organisationCode");
        assertThat(problems.get(0)).isEqualTo(new FieldProblem("$.registrationNumber",
                IdentifierProblem.CHECK_CHARACTER, List.of(15, "7", "8")));
        assertThat(problems.get(1).code()).isEqualTo(IdentifierProblem.LENGTH);
    }

    @Test
    void eachBadFormerNameIsNamedByItsIndex() {
        var draft = valid();
        draft.formerNames = List.of("旧名一", " ", "名".repeat(201));
        assertThat(fields(draft.problems())).containsExactly("$.formerNames[1]", "$.formerNames[2]");
    }

    @Test
    void tooManyFormerNamesIsOneProblem() {
        var draft = valid();
        var many = new ArrayList<String>();
        for (int i = 0; i < EntityRules.MAX_FORMER_NAMES + 1; i++) {
            many.add("旧名" + i);
        }
        draft.formerNames = many;
        assertThat(draft.problems()).containsExactly(
                new FieldProblem("$.formerNames", "TOO_MANY", List.of(EntityRules.MAX_FORMER_NAMES)));
    }

    @Test
    void capitalMustBeBetweenZeroAndTheCeiling() {
        var draft = valid();
        draft.capital = new BigDecimal("-1");
        assertThat(fields(draft.problems())).containsExactly("$.registeredCapital");
        draft.capital = EntityRules.MAX_CAPITAL.add(BigDecimal.ONE);
        assertThat(fields(draft.problems())).containsExactly("$.registeredCapital");
        draft.capital = BigDecimal.ZERO;
        assertThat(draft.problems()).isEmpty();
    }

    @Test
    void theEstablishmentDateIsFrom1949ToToday() {
        var draft = valid();
        draft.established = TODAY.plusDays(1);
        assertThat(draft.problems()).containsExactly(new FieldProblem("$.establishedOn", "DATE_RANGE"));
        draft.established = LocalDate.of(1948, 12, 31);
        assertThat(draft.problems()).containsExactly(new FieldProblem("$.establishedOn", "DATE_RANGE"));
        draft.established = TODAY;
        assertThat(draft.problems()).isEmpty();
    }

    @Test
    void textsHaveMaximumLengths() {
        var draft = valid();
        draft.name = "名".repeat(EntityRules.MAX_NAME + 1);
        draft.authority = "局".repeat(EntityRules.MAX_TEXT + 1);
        draft.address = "址".repeat(EntityRules.MAX_TEXT + 1);
        draft.town = "镇".repeat(EntityRules.MAX_TEXT + 1);
        draft.scope = "营".repeat(EntityRules.MAX_SCOPE + 1);
        assertThat(fields(draft.problems())).containsExactly("$.name", "$.authority", "$.address", "$.town",
                "$.businessScope");
    }

    @Test
    void theRegionCodeIsSixDigits() {
        var draft = valid();
        draft.regionCode = "44030";
        assertThat(draft.problems()).containsExactly(new FieldProblem("$.regionCode", "REGION_CODE_FORMAT"));
        draft.regionCode = "44030A";
        assertThat(fields(draft.problems())).containsExactly("$.regionCode");
    }

    @Test
    void anIndustryCodeIsASectionOrADivisionOfThatSection() {
        var draft = valid();
        for (String good : List.of("C", "C13", "c13", "A01", "F52")) {
            draft.industryCode = good;
            assertThat(draft.problems()).as(good).isEmpty();
        }
        for (String bad : List.of("A13", "Z", "C99", "13", "CC")) {
            draft.industryCode = bad;
            assertThat(draft.problems()).as(bad)
                    .containsExactly(new FieldProblem("$.industryCode", "INDUSTRY_UNKNOWN", List.of(bad)));
        }
    }

    @Test
    void anUnknownJurisdictionIsAProblem() {
        var draft = valid();
        draft.jurisdiction = "ATLANTIS";
        assertThat(draft.problems()).containsExactly(
                new FieldProblem("$.jurisdiction", "JURISDICTION_UNKNOWN", List.of("ATLANTIS")));
    }

    @Test
    void aValidCodeHasNoCodeProblems() {
        assertThat(EntityRules.codeProblems(CreditCode.check(CODE), false)).isEmpty();
    }

    @Test
    void aCodeFailingOnlyItsCheckCharacterIsAcceptedOnlyWhenAllowed() {
        var checked = CreditCode.check("91100000100003962X");
        assertThat(EntityRules.codeProblems(checked, false)).containsExactly(
                new FieldProblem("$.code", IdentifierProblem.CHECK_CHARACTER, List.of(18, "T", "X")));
        assertThat(EntityRules.codeProblems(checked, true)).isEmpty();
    }

    @Test
    void aCodeWithOtherProblemsIsRefusedEvenWhenAFailingCheckIsAllowed() {
        var tooShort = CreditCode.check("9110000010000396");
        assertThat(EntityRules.codeProblems(tooShort, true)).extracting(FieldProblem::code)
                .containsExactly(IdentifierProblem.LENGTH);
        var empty = CreditCode.check(null);
        assertThat(EntityRules.codeProblems(empty, true)).containsExactly(
                new FieldProblem("$.code", IdentifierProblem.EMPTY));
    }
}
