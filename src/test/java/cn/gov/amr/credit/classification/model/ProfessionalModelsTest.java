package cn.gov.amr.credit.classification.model;

import static cn.gov.amr.credit.classification.model.Facts.TODAY;
import static cn.gov.amr.credit.classification.model.Models.evaluate;
import static cn.gov.amr.credit.classification.model.Models.professional;
import static cn.gov.amr.credit.classification.model.Models.professionalIndicator;
import static cn.gov.amr.credit.classification.model.Records.complaint;
import static cn.gov.amr.credit.classification.model.Records.inspectionProblem;
import static cn.gov.amr.credit.classification.model.Records.licence;
import static cn.gov.amr.credit.classification.model.Records.penalty;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import cn.gov.amr.credit.ingestion.TypedRecord;
import cn.gov.amr.credit.lists.ListKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The default professional models ("general + professional", DOMAIN §5): who is in each domain, each
 * professional indicator's value and points, and how the professional class combines with the general
 * one (food and drugs: the worse of the two; special equipment: one step towards the professional class).
 */
class ProfessionalModelsTest {

    private static final LocalDate LAST_YEAR = TODAY.minusYears(1);

    private static TypedRecord violation(String type) {
        return penalty(LAST_YEAR, "警告", null, type);
    }

    private static void assertScored(Facts facts, String model, String indicator, String value, int points) {
        var scored = professionalIndicator(evaluate(facts), model, indicator);
        assertThat(scored.value()).as("%s value", indicator).isEqualByComparingTo(value);
        assertThat(scored.points()).as("%s points", indicator).isEqualTo(points);
    }

    private static Facts restaurant() {
        return Facts.typical().industry("H6210");
    }

    private static Facts pharmacy() {
        return Facts.typical().industry("F5251").records(licence(TODAY.minusYears(4), TODAY.plusYears(1), "药品经营许可证"));
    }

    private static Facts equipmentUser() {
        return Facts.typical().industry("C3311").records(licence(TODAY.minusYears(4), null, "特种设备使用登记证"));
    }

    @Test
    void anEntityOutsideEveryProfessionalDomainIsClassifiedByTheGeneralModelAlone() {
        var evaluation = evaluate(Facts.typical().listed(ListKind.ABNORMAL).changedOn(TODAY).records(violation("食品")));
        assertThat(evaluation.professional()).isEmpty();
        assertThat(evaluation.generalClass()).isEqualTo("C");
        assertThat(evaluation.riskClass()).isEqualTo("C");
    }

    @ParameterizedTest(name = "{0} / {1}: food {2}, drug {3}, equipment {4}")
    @CsvSource(value = {
            "F5131,食品经营许可证,true,false,false",
            "F5131,食品生产许可证,true,false,false",
            "H6210,NULL,true,false,false",
            "C1310,NULL,true,false,false",
            "C1520,NULL,true,false,false",
            "F5251,药品经营许可证,false,true,false",
            "F5131,第二类医疗器械经营备案凭证,false,true,false",
            "C2710,NULL,false,true,false",
            "C3311,特种设备使用登记证,false,false,true",
            "C3311,特种设备生产许可证,false,false,true",
            "F5131,营业执照,false,false,false",
            "C3311,NULL,false,false,false",
            "F5131,NULL,false,false,false"}, nullValues = "NULL")
    void anEntityIsInADomainByALicenceNameOrAnIndustryCode(String industry, String certificate, boolean food,
                                                           boolean drug, boolean equipment) {
        var facts = Facts.typical().industry(industry);
        if (certificate != null) {
            facts.records(licence(TODAY.minusYears(2), null, certificate));
        }
        var evaluation = evaluate(facts);
        assertThat(professional(evaluation, "food") != null).as("food").isEqualTo(food);
        assertThat(professional(evaluation, "drug") != null).as("drug").isEqualTo(drug);
        assertThat(professional(evaluation, "equipment") != null).as("equipment").isEqualTo(equipment);
    }

    @Test
    void anEntityInTwoDomainsIsRefinedByBoth() {
        var evaluation = evaluate(pharmacy().records(licence(LAST_YEAR, null, "食品经营许可证")));
        assertThat(evaluation.professional()).extracting(Evaluation.ProfessionalEvaluation::model)
                .containsExactlyInAnyOrder("food", "drug");
    }

    // --- food: the worse of the two classes ---

    @Test
    void foodSafetyPenaltiesScoreFifteenEachUpToFortyFive() {
        assertScored(restaurant().records(violation("销售超过保质期的食品")), "food", "foodPenalties", "1", 15);
        assertScored(restaurant().records(violation("从业人员未取得健康证明")), "food", "foodPenalties", "1", 15);
        assertScored(restaurant().records(violation("虚假宣传")), "food", "foodPenalties", "0", 0);
        assertScored(restaurant().records(violation("食品"), violation("食品"), violation("食品"), violation("食品")),
                "food", "foodPenalties", "4", 45);
        assertScored(restaurant().records(penalty(TODAY.minusMonths(36).minusDays(1), "罚款", "1", "经营腐败变质食品")),
                "food", "foodPenalties", "0", 0);
    }

    @Test
    void foodInspectionProblemsScoreTenEachUpToThirty() {
        assertScored(restaurant().records(inspectionProblem(LAST_YEAR)), "food", "foodInspectionProblems", "1", 10);
        assertScored(restaurant().records(inspectionProblem(LAST_YEAR), inspectionProblem(TODAY), inspectionProblem(TODAY),
                inspectionProblem(TODAY)), "food", "foodInspectionProblems", "4", 30);
        assertScored(restaurant().records(Records.inspectionClean(LAST_YEAR)), "food", "foodInspectionProblems", "0", 0);
    }

    @Test
    void foodAndCateringComplaintsOfTheLastYearScoreFiveEach() {
        assertScored(restaurant().records(complaint(TODAY.minusMonths(2), "餐饮卫生", null),
                complaint(TODAY.minusMonths(12), "食品安全", "不属实")), "food", "foodComplaints", "2", 10);
        assertScored(restaurant().records(complaint(TODAY.minusMonths(2), "价格", null)), "food", "foodComplaints", "0", 0);
        assertScored(restaurant().records(complaint(TODAY.minusMonths(12).minusDays(1), "食品安全", null)),
                "food", "foodComplaints", "0", 0);
    }

    @Test
    void aFoodProductionLicenceScoresFive() {
        assertScored(restaurant().records(licence(LAST_YEAR, null, "食品生产许可证")), "food", "productionLicence", "1", 5);
        assertScored(restaurant().records(licence(LAST_YEAR, null, "食品小作坊登记证")), "food", "productionLicence", "1", 5);
        assertScored(restaurant().records(licence(LAST_YEAR, null, "食品经营许可证")), "food", "productionLicence", "0", 0);
    }

    @Test
    void aRestaurantWithFoodSafetyPenaltiesTakesTheWorseFoodClass() {
        var evaluation = evaluate(restaurant().records(violation("销售超过保质期的食品"), violation("使用过期食品原料")));
        assertThat(evaluation.score()).isEqualTo(20 + 3);
        assertThat(evaluation.generalClass()).isEqualTo("B");
        var food = professional(evaluation, "food");
        assertThat(food.score()).isEqualTo(30);
        assertThat(food.riskClass()).isEqualTo("C");
        assertThat(food.decisive()).isTrue();
        assertThat(evaluation.riskClass()).isEqualTo("C");
    }

    @Test
    void aBetterFoodClassDoesNotLowerTheGeneralClass() {
        var evaluation = evaluate(restaurant().listed(ListKind.ABNORMAL).changedOn(TODAY));
        assertThat(evaluation.generalClass()).isEqualTo("C");
        var food = professional(evaluation, "food");
        assertThat(food.riskClass()).isEqualTo("A");
        assertThat(food.decisive()).isFalse();
        assertThat(evaluation.riskClass()).isEqualTo("C");
    }

    // --- drugs and medical devices: the worse of the two classes ---

    @Test
    void drugAndDevicePenaltiesScoreTwentyEachUpToForty() {
        assertScored(pharmacy().records(violation("销售劣药")), "drug", "drugPenalties", "1", 20);
        assertScored(pharmacy().records(violation("经营未取得注册证的医疗器械"), violation("药品"), violation("药品")),
                "drug", "drugPenalties", "3", 40);
        assertScored(pharmacy().records(violation("价格违法")), "drug", "drugPenalties", "0", 0);
    }

    @Test
    void drugInspectionProblemsAndComplaintsScoreTenAndFiveEach() {
        assertScored(pharmacy().records(inspectionProblem(LAST_YEAR)), "drug", "drugInspectionProblems", "1", 10);
        assertScored(pharmacy().records(complaint(TODAY.minusMonths(1), "药品质量", null),
                complaint(TODAY.minusMonths(1), "医疗器械", null), complaint(TODAY.minusMonths(1), "药品质量", null),
                complaint(TODAY.minusMonths(1), "药品质量", null)), "drug", "drugComplaints", "4", 15);
    }

    @Test
    void aPharmacyWithTwoDrugPenaltiesIsClassC() {
        var one = evaluate(pharmacy().records(violation("销售劣药")));
        assertThat(one.generalClass()).isEqualTo("B");
        assertThat(professional(one, "drug").riskClass()).isEqualTo("B");
        assertThat(professional(one, "drug").decisive()).isFalse();
        assertThat(one.riskClass()).isEqualTo("B");
        var two = evaluate(pharmacy().records(violation("销售劣药"), violation("销售假药")));
        assertThat(two.generalClass()).isEqualTo("B");
        assertThat(professional(two, "drug").riskClass()).isEqualTo("C");
        assertThat(two.riskClass()).isEqualTo("C");
    }

    // --- special equipment: one step towards the professional class ---

    @Test
    void equipmentPenaltiesAndInspectionProblemsScoreTwentyAndTenEach() {
        assertScored(equipmentUser().records(violation("电梯未经定期检验继续使用")), "equipment", "equipmentPenalties", "1", 20);
        assertScored(equipmentUser().records(violation("锅炉"), violation("特种设备"), violation("电梯")),
                "equipment", "equipmentPenalties", "3", 40);
        assertScored(equipmentUser().records(violation("无照经营")), "equipment", "equipmentPenalties", "0", 0);
        assertScored(equipmentUser().records(inspectionProblem(LAST_YEAR)), "equipment", "equipmentInspectionProblems", "1", 10);
    }

    @Test
    void threeRegisteredPiecesOfEquipmentInForceScoreFive() {
        var registration = "特种设备使用登记证";
        assertScored(equipmentUser().records(licence(LAST_YEAR, null, registration)), "equipment", "equipmentCount", "2", 0);
        assertScored(equipmentUser().records(licence(LAST_YEAR, null, registration), licence(LAST_YEAR, TODAY, registration)),
                "equipment", "equipmentCount", "3", 5);
        assertScored(equipmentUser().records(licence(LAST_YEAR, null, registration),
                licence(LAST_YEAR, TODAY.minusDays(1), registration)), "equipment", "equipmentCount", "2", 0);
    }

    @Test
    void aProfessionalClassTwoStepsWorseMovesTheGeneralClassOneStepOnly() {
        var evaluation = evaluate(equipmentUser().records(violation("电梯未经定期检验"), violation("锅炉超压运行"),
                inspectionProblem(LAST_YEAR)));
        assertThat(evaluation.score()).isEqualTo(20 + 8);
        assertThat(evaluation.generalClass()).isEqualTo("B");
        var equipment = professional(evaluation, "equipment");
        assertThat(equipment.score()).isEqualTo(40 + 10);
        assertThat(equipment.riskClass()).isEqualTo("D");
        assertThat(equipment.decisive()).isTrue();
        assertThat(evaluation.riskClass()).isEqualTo("C");
    }

    @Test
    void aBetterEquipmentClassMovesTheGeneralClassOneStepDown() {
        var evaluation = evaluate(equipmentUser().listed(ListKind.ABNORMAL).changedOn(TODAY, TODAY, TODAY));
        assertThat(evaluation.generalClass()).isEqualTo("C");
        assertThat(professional(evaluation, "equipment").riskClass()).isEqualTo("A");
        assertThat(professional(evaluation, "equipment").decisive()).isTrue();
        assertThat(evaluation.riskClass()).isEqualTo("B");
    }
}
