package cn.gov.amr.credit.ingestion.model;

import static cn.gov.amr.credit.ingestion.model.TestCodes.CODE_A;
import static cn.gov.amr.credit.ingestion.model.TestCodes.CODE_B;
import static cn.gov.amr.credit.ingestion.model.TestCodes.CODE_C;
import static cn.gov.amr.credit.ingestion.model.TestCodes.RESIDENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.shared.CreditCode;
import cn.gov.amr.credit.shared.IdentifierProblem;
import cn.gov.amr.credit.shared.Identifiers;

class RowCheckerTest {

    static final LocalDate TODAY = LocalDate.of(2022, 9, 30);
    static final RecordSchema PENALTY = RecordSchemas.of(RecordKind.PENALTY);
    static final RecordSchema LICENCE = RecordSchemas.of(RecordKind.LICENCE);
    static final RecordSchema DEBTOR = RecordSchemas.of(RecordKind.DISHONEST_DEBTOR);
    static final RecordSchema ANNUAL_REPORT = RecordSchemas.of(RecordKind.ANNUAL_REPORT);
    static final RecordSchema INSPECTION = RecordSchemas.of(RecordKind.INSPECTION);

    /** A government body's credit code (authority kind 1, Ruichang) built with the check functions. */
    static final String BUREAU_CODE = TestCodes.creditCode("11360481", "MB123456");
    static final String ORGANISATION_CODE = TestCodes.organisationCode("MA35XY7Q");
    static final String REGISTRATION_NUMBER = TestCodes.registrationNumber("36048100000012");

    // ---------------------------------------------------------------- row builders

    /** A raw row: field name to raw text; {@link #set} with a null value removes the field. */
    static final class Row {
        final Map<String, String> raw = new LinkedHashMap<>();

        Row set(String field, String value) {
            if (value == null) {
                raw.remove(field);
            } else {
                raw.put(field, value);
            }
            return this;
        }

        Row without(String... fields) {
            for (String field : fields) {
                raw.remove(field);
            }
            return this;
        }
    }

    /** A complete, valid penalty row against an enterprise with a credit code. */
    static Row penalty() {
        return new Row()
                .set("partyName", "瑞昌市湓城食品有限公司")
                .set("partyType", "法人及非法人组织")
                .set("creditCode", CODE_A)
                .set("legalRepresentative", "张三")
                .set("documentNumber", "瑞市监处罚〔2022〕12号")
                .set("violationType", "销售不符合食品安全标准的食品")
                .set("facts", "当事人于2022年1月销售过期食品。")
                .set("basis", "《中华人民共和国食品安全法》第一百二十四条")
                .set("penaltyCategories", "警告；罚款")
                .set("content", "警告，并处罚款人民币5000元")
                .set("fineAmount", "0.5")
                .set("decisionDate", "2022-03-05")
                .set("validUntil", "2025-03-04")
                .set("authority", "瑞昌市市场监督管理局")
                .set("authorityCode", BUREAU_CODE)
                .set("sourceUnit", "瑞昌市市场监督管理局")
                .set("sourceUnitCode", BUREAU_CODE);
    }

    static Row licence() {
        return new Row()
                .set("partyName", "瑞昌市湓城食品有限公司")
                .set("partyType", "1")
                .set("creditCode", CODE_A)
                .set("documentNumber", "瑞市监许〔2022〕3号")
                .set("licenceCategory", "普通")
                .set("decisionDate", "2022-01-10")
                .set("validFrom", "2022-01-10")
                .set("validTo", "2027-01-09")
                .set("authority", "瑞昌市市场监督管理局")
                .set("state", "有效");
    }

    static Row debtor() {
        return new Row()
                .set("caseNumber", "(2022)赣0481执123号")
                .set("partyName", "瑞昌市湓城食品有限公司")
                .set("partyId", CODE_A)
                .set("legalRepresentative", "张三")
                .set("court", "瑞昌市人民法院")
                .set("filedOn", "2022-02-01")
                .set("publishedOn", "2022-06-01");
    }

    static Row annualReport() {
        return new Row()
                .set("creditCode", CODE_A)
                .set("name", "瑞昌市湓城食品有限公司")
                .set("reportYear", "2021")
                .set("submittedOn", "2022-05-20")
                .set("employees", "12");
    }

    static CheckedRow check(RecordSchema schema, Row row) {
        return new RowChecker(schema, TODAY).check(7, row.raw);
    }

    static CheckedRow check(Row row) {
        return check(PENALTY, row);
    }

    /** The problems as {@code field:CODE}. */
    static List<String> problems(CheckedRow row) {
        return row.problems().stream().map(p -> p.field() + ":" + p.code()).toList();
    }

    // ---------------------------------------------------------------- the valid row

    @Test
    void theBaseRowsAreValid() {
        assertThat(check(penalty()).problems()).isEmpty();
        assertThat(check(LICENCE, licence()).problems()).isEmpty();
        assertThat(check(DEBTOR, debtor()).problems()).isEmpty();
        assertThat(check(ANNUAL_REPORT, annualReport()).problems()).isEmpty();
    }

    @Test
    void aCompleteValidPenaltyRowIsNormalised() {
        var row = check(penalty()
                .set("partyName", "  瑞昌市湓城食品有限公司（分店）\u3000")
                .set("partyType", "1")
                .set("creditCode", "９１４４０３００１９２２０３８２１６")
                .set("legalRepresentative", " 张 三 ")
                .set("documentNumber", " 瑞市监处罚 〔2022〕 12号 abc")
                .set("penaltyCategories", "警告；罚款")
                .set("fineAmount", "0.50")
                .set("confiscatedAmount", "1,234.000100")
                .set("decisionDate", "2022/3/5")
                .set("validUntil", "2025年3月4日")
                .set("publicityUntil", "20250304")
                .set("authorityCode", BUREAU_CODE.toLowerCase())
                .set("organisationCode", ORGANISATION_CODE.substring(0, 8).toLowerCase() + "-" + ORGANISATION_CODE.charAt(8))
                .set("registrationNumber", REGISTRATION_NUMBER)
                .set("partyIdNumber", "11010519491231002x")
                .set("complainantName", "李四"));

        assertThat(row.problems()).isEmpty();
        assertThat(row.valid()).isTrue();
        assertThat(row.rowNumber()).isEqualTo(7);
        assertThat(row.values()).containsEntry("partyName", "瑞昌市湓城食品有限公司（分店）")
                .containsEntry("partyType", "法人及非法人组织")
                .containsEntry("creditCode", CODE_A)
                .containsEntry("legalRepresentative", "张 三")
                .containsEntry("documentNumber", "瑞市监处罚〔2022〕12号ABC")
                .containsEntry("penaltyCategories", "警告;罚款")
                .containsEntry("fineAmount", "0.5")
                .containsEntry("confiscatedAmount", "1234.0001")
                .containsEntry("decisionDate", "2022-03-05")
                .containsEntry("validUntil", "2025-03-04")
                .containsEntry("publicityUntil", "2025-03-04")
                .containsEntry("authorityCode", BUREAU_CODE)
                .containsEntry("organisationCode", ORGANISATION_CODE)
                .containsEntry("registrationNumber", REGISTRATION_NUMBER)
                .containsEntry("partyIdNumber", RESIDENT_ID)
                .doesNotContainKey("complainantName")
                .doesNotContainKey("remarks");
        assertThat(row.naturalKey()).isEqualTo("瑞市监处罚〔2022〕12号ABC");
        assertThat(row.decidedOn()).isEqualTo(LocalDate.of(2022, 3, 5));
        assertThat(row.validUntil()).isEqualTo(LocalDate.of(2025, 3, 4));
        assertThat(row.party()).isEqualTo(new PartyIdentifiers(CODE_A, false, REGISTRATION_NUMBER, ORGANISATION_CODE,
                "瑞昌市湓城食品有限公司(分店)", "张三"));
    }

    @Test
    void valuesAreInSchemaOrder() {
        var row = check(penalty().set("remarks", "无").set("fineAmount", "1"));
        var expectedOrder = PENALTY.fields().stream().map(FieldSpec::name).filter(row.values()::containsKey).toList();
        assertThat(new ArrayList<>(row.values().keySet())).isEqualTo(expectedOrder);
        assertThat(row.values()).hasSize(18);
    }

    // ---------------------------------------------------------------- REQUIRED, TOO_LONG

    static Stream<String> requiredPenaltyFields() {
        return PENALTY.requiredFields().stream().map(FieldSpec::name);
    }

    @ParameterizedTest
    @MethodSource("requiredPenaltyFields")
    void aMissingRequiredFieldIsReported(String field) {
        assertThat(problems(check(penalty().without(field)))).containsExactly(field + ":REQUIRED");
        assertThat(problems(check(penalty().set(field, " \u3000\u00A0\t")))).containsExactly(field + ":REQUIRED");
    }

    @Test
    void optionalFieldsMayBeEmpty() {
        var row = check(penalty().set("fineAmount", "").set("remarks", " ").set("publicityUntil", "\u3000"));
        assertThat(row.problems()).isEmpty();
        assertThat(row.values()).doesNotContainKeys("fineAmount", "remarks", "publicityUntil");
    }

    @Test
    void choicesWithOnlySeparatorsAreMissing() {
        assertThat(problems(check(penalty().set("penaltyCategories", "；、;")))).containsExactly("penaltyCategories:REQUIRED");
    }

    @Test
    void tooLongText() {
        assertThat(check(penalty().set("facts", "违".repeat(RowChecker.MAX_TEXT))).problems()).isEmpty();
        var row = check(penalty().set("facts", "违".repeat(RowChecker.MAX_TEXT + 1)));
        assertThat(row.problems()).containsExactly(RowProblem.of("facts", "TOO_LONG", 2000));
        assertThat(row.values()).doesNotContainKey("facts");
    }

    @Test
    void tooLongNumber() {
        assertThat(check(penalty().set("documentNumber", "1".repeat(RowChecker.MAX_NUMBER_TEXT))).problems()).isEmpty();
        assertThat(check(penalty().set("documentNumber", "1".repeat(RowChecker.MAX_NUMBER_TEXT + 1))).problems())
                .containsExactly(RowProblem.of("documentNumber", "TOO_LONG", 120));
    }

    @Test
    void lengthIsMeasuredAfterNormalisation() {
        assertThat(check(penalty().set("facts", "  " + "违".repeat(1000) + "\u3000\u3000\u3000" + "违".repeat(999) + "  "))
                .problems()).isEmpty();
        assertThat(check(penalty().set("documentNumber", " " + "1 ".repeat(120))).problems()).isEmpty();
    }

    // ---------------------------------------------------------------- dates

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2022-03-05|2022-03-05", "2022/3/5|2022-03-05", "20220305|2022-03-05", "2022年3月5日|2022-03-05",
            "2022.3.5|2022-03-05", "２０２２年３月５日|2022-03-05", "２０２２０３０５|2022-03-05",
            "2022-03-05T10:30:00|2022-03-05", "1949-10-01|1949-10-01", "2022-09-30|2022-09-30"})
    void decisionDatesInEveryFormatAreWrittenIso(String raw, String iso) {
        var row = check(penalty().set("decisionDate", raw));
        assertThat(row.problems()).isEmpty();
        assertThat(row.values()).containsEntry("decisionDate", iso);
        assertThat(row.decidedOn()).isEqualTo(LocalDate.parse(iso));
    }

    /**
     * KNOWN DEFECT: non-TEXT values are {@link TextNormalizer#compact compacted} before
     * {@link DateValues#parse}, so the space before a time of day is removed ("2022-03-0510:30:00") and
     * a date with a time suffix, which DateValues accepts, becomes DATE_UNREADABLE in a row.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2022-03-05 10:30:00", "2022/3/5 8:05", "2022年3月5日 10:30", "2022-03-05 00:00:00.0"})
    void decisionDateWithATimeOfDay(String raw) {
        var row = check(penalty().set("decisionDate", raw));
        assertThat(row.problems()).isEmpty();
        assertThat(row.values()).containsEntry("decisionDate", "2022-03-05");
    }

    /**
     * KNOWN DEFECT: {@link TextNormalizer} converts only full-width digits and letters, so a date typed
     * with a Chinese input method, "２０２２－０３－０５" or "２０２２／３／５", keeps its full-width
     * separators (U+FF0D, U+FF0F, U+FF0E) and is DATE_UNREADABLE.
     */
    @ParameterizedTest
    @ValueSource(strings = {"２０２２－０３－０５", "２０２２／３／５", "２０２２．３．５"})
    void decisionDateTypedFullWidth(String raw) {
        var row = check(penalty().set("decisionDate", raw));
        assertThat(row.problems()).isEmpty();
        assertThat(row.values()).containsEntry("decisionDate", "2022-03-05");
    }

    @ParameterizedTest
    @ValueSource(strings = {"三月五日", "2022-3", "05/03/2022", "N/A", "2022年3月5号"})
    void unreadableDate(String raw) {
        var row = check(penalty().set("decisionDate", raw));
        assertThat(row.problems()).containsExactly(RowProblem.of("decisionDate", "DATE_UNREADABLE", raw.strip()));
        assertThat(row.decidedOn()).isNull();
        assertThat(row.values()).doesNotContainKey("decisionDate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2022-02-30", "2022-13-01", "20220230", "2021年2月29日"})
    void impossibleDate(String raw) {
        assertThat(check(penalty().set("decisionDate", raw)).problems())
                .containsExactly(RowProblem.of("decisionDate", "DATE_IMPOSSIBLE", raw));
        assertThat(problems(check(penalty().set("validUntil", raw)))).containsExactly("validUntil:DATE_IMPOSSIBLE");
    }

    @Test
    void datesOutsideTheRangeAnyRecordSpeaksOfAreImpossible() {
        assertThat(problems(check(penalty().set("decisionDate", "1949-09-30")))).containsExactly("decisionDate:DATE_IMPOSSIBLE");
        assertThat(problems(check(penalty().set("validUntil", "2200-01-01")))).containsExactly("validUntil:DATE_IMPOSSIBLE");
        assertThat(check(penalty().set("validUntil", "2199-12-31")).problems()).isEmpty();
    }

    @Test
    void decisionInTheFuture() {
        var row = check(penalty().set("decisionDate", "2022-10-01"));
        assertThat(row.problems()).containsExactly(RowProblem.of("decisionDate", "DATE_IN_FUTURE", "2022-10-01"));
        assertThat(row.decidedOn()).isNull();
        assertThat(check(penalty().set("decisionDate", TODAY.toString())).problems()).isEmpty();
    }

    @Test
    void otherDatesMayLieInTheFuture() {
        assertThat(check(penalty().set("validUntil", "2030-01-01").set("publicityUntil", "2025-03-05")).problems()).isEmpty();
        assertThat(check(DEBTOR, debtor().set("filedOn", "2023-01-01").set("publishedOn", "2022-09-30")).problems()).isEmpty();
    }

    @Test
    void theDecisionDateRoleIsCheckedForTheFutureInEveryKind() {
        assertThat(problems(check(DEBTOR, debtor().set("publishedOn", "2022-10-01")))).containsExactly("publishedOn:DATE_IN_FUTURE");
        assertThat(problems(check(LICENCE, licence().set("decisionDate", "2099-01-01"))))
                .containsExactly("decisionDate:DATE_IN_FUTURE");
    }

    @Test
    void validityEndingBeforeTheDecision() {
        var row = check(penalty().set("decisionDate", "2022-03-05").set("validUntil", "2022/3/4"));
        assertThat(row.problems()).containsExactly(RowProblem.of("validUntil", "DATE_BEFORE_DECISION", "2022-03-04", "2022-03-05"));
        assertThat(check(penalty().set("decisionDate", "2022-03-05").set("validUntil", "2022-03-05")).problems()).isEmpty();
        assertThat(problems(check(LICENCE, licence().set("validTo", "2021-12-31")))).containsExactly("validTo:DATE_BEFORE_DECISION");
    }

    @Test
    void noOrderProblemWhenTheDecisionDateItselfIsWrong() {
        assertThat(problems(check(penalty().set("decisionDate", "2023-01-01").set("validUntil", "2022-12-31"))))
                .containsExactly("decisionDate:DATE_IN_FUTURE");
    }

    // ---------------------------------------------------------------- numbers

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"0.5|0.5", "0.50|0.5", "100|100", "0|0", "0.000000|0", "0.123456|0.123456",
            "1,234.5|1234.5", "１２|12", " 12.5 |12.5", "99999999999999.999999|99999999999999.999999"})
    void validAmounts(String raw, String normalised) {
        var row = check(penalty().set("fineAmount", raw));
        assertThat(row.problems()).isEmpty();
        assertThat(row.values()).containsEntry("fineAmount", normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0.5", "abc", "五千", "1.1234567", "0.0000001", "5万", "1.2.3", "¥12",
            "100000000000000"})
    void invalidAmounts(String raw) {
        assertThat(check(penalty().set("fineAmount", raw)).problems())
                .containsExactly(RowProblem.of("fineAmount", "AMOUNT_INVALID", TextNormalizer.ascii(raw)));
        assertThat(problems(check(penalty().set("confiscatedAmount", raw)))).containsExactly("confiscatedAmount:AMOUNT_INVALID");
    }

    @ParameterizedTest
    @CsvSource({"12,12", "045,45", "0,0", "１２,12"})
    void validIntegers(String raw, String normalised) {
        var row = check(DEBTOR, debtor().set("age", raw));
        assertThat(row.problems()).isEmpty();
        assertThat(row.values()).containsEntry("age", normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"三十", "-5", "3.5", "12岁", "1234567890", "1e2"})
    void invalidIntegers(String raw) {
        assertThat(problems(check(DEBTOR, debtor().set("age", raw)))).containsExactly("age:INTEGER_INVALID");
        assertThat(problems(check(ANNUAL_REPORT, annualReport().set("employees", raw)))).containsExactly("employees:INTEGER_INVALID");
    }

    @ParameterizedTest
    @CsvSource({"2021,2021", "1949,1949", "２０２１,2021"})
    void validYears(String raw, String normalised) {
        var row = check(ANNUAL_REPORT, annualReport().set("reportYear", raw));
        assertThat(row.problems()).isEmpty();
        assertThat(row.values()).containsEntry("reportYear", normalised);
        assertThat(row.naturalKey()).isEqualTo(normalised);
    }

    @ParameterizedTest
    @ValueSource(strings = {"21", "2022", "2023", "1948", "二〇二一", "2021年", "20210", "abcd"})
    void invalidYears(String raw) {
        var row = check(ANNUAL_REPORT, annualReport().set("reportYear", raw));
        assertThat(problems(row)).containsExactly("reportYear:YEAR_INVALID");
        assertThat(row.naturalKey()).isNull();
    }

    // ---------------------------------------------------------------- choices

    @ParameterizedTest
    @CsvSource({"普通,普通", "1,普通", "01,普通", "001,普通", "' 0 1 ',普通", "２,特许", "05,登记", "6,其他", "06,其他", "其 他,其他"})
    void licenceCategoryByLabelOrCode(String raw, String label) {
        var row = check(LICENCE, licence().set("licenceCategory", raw));
        assertThat(row.problems()).isEmpty();
        assertThat(row.values()).containsEntry("licenceCategory", label);
    }

    @ParameterizedTest
    @CsvSource({"有效,有效", "1,有效", "0,无效", "00,无效", "无效,无效"})
    void licenceStateByLabelOrCode(String raw, String label) {
        assertThat(check(LICENCE, licence().set("state", raw)).values()).containsEntry("state", label);
    }

    @ParameterizedTest
    @ValueSource(strings = {"7", "07", "0", "特殊", "普通许可"})
    void unknownLicenceCategory(String raw) {
        assertThat(check(LICENCE, licence().set("licenceCategory", raw)).problems()).containsExactly(
                RowProblem.of("licenceCategory", "CHOICE_INVALID", raw, "普通 / 特许 / 认可 / 核准 / 登记 / 其他"));
    }

    @Test
    void unknownPartyType() {
        assertThat(check(penalty().set("partyType", "企业")).problems()).containsExactly(
                RowProblem.of("partyType", "CHOICE_INVALID", "企业", "法人及非法人组织 / 自然人 / 个体工商户"));
        assertThat(problems(check(penalty().set("partyType", "4")))).containsExactly("partyType:CHOICE_INVALID");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "警告；罚款|警告;罚款",
            "警告;罚款|警告;罚款",
            "警告、罚款|警告;罚款",
            "警告,罚款，没收违法所得|警告;罚款;没收违法所得",
            "01；03|警告;罚款",
            "1、3|警告;罚款",
            "警告; 03|警告;罚款",
            "罚款；|罚款",
            "警告；警告；01|警告",
            "99|其他",
            "责令停产停业|责令停产停业"})
    void penaltyCategoriesByLabelOrCode(String raw, String labels) {
        var row = check(penalty().set("penaltyCategories", raw));
        assertThat(row.problems()).isEmpty();
        assertThat(row.values()).containsEntry("penaltyCategories", labels);
    }

    @Test
    void anUnknownPenaltyCategoryIsNamed() {
        var row = check(penalty().set("penaltyCategories", "警告；罚金"));
        assertThat(row.problems()).hasSize(1);
        assertThat(row.problems().get(0).field()).isEqualTo("penaltyCategories");
        assertThat(row.problems().get(0).code()).isEqualTo("CHOICE_INVALID");
        assertThat(row.problems().get(0).arguments().get(0)).isEqualTo("罚金");
        assertThat(problems(check(penalty().set("penaltyCategories", "03;15")))).containsExactly("penaltyCategories:CHOICE_INVALID");
    }

    @Test
    void inspectionResultsTakeSeveralCategories() {
        var row = check(INSPECTION, new Row().set("partyName", "瑞昌市湓城食品有限公司").set("creditCode", CODE_A)
                .set("taskNumber", "瑞市监抽查〔2022〕1号").set("inspectionType", "1").set("inspectionDate", "2022-06-01")
                .set("authority", "瑞昌市市场监督管理局").set("results", "发现问题已责令改正；通过登记的住所（经营场所）无法联系、11"));
        assertThat(row.problems()).isEmpty();
        assertThat(row.values()).containsEntry("inspectionType", "双随机")
                .containsEntry("results", "通过登记的住所（经营场所）无法联系;发现问题已责令改正;注销");
    }

    // ---------------------------------------------------------------- natural persons, party identifiers

    @ParameterizedTest
    @ValueSource(strings = {"自然人", "2", "02", " 自 然 人 "})
    void naturalPersonsAreNotTakenIn(String partyType) {
        var row = check(penalty().set("partyType", partyType));
        assertThat(row.problems()).containsExactly(RowProblem.of("partyType", "NATURAL_PERSON"));
        assertThat(row.values()).containsEntry("partyType", "自然人");
        assertThat(problems(check(LICENCE, licence().set("partyType", partyType)))).containsExactly("partyType:NATURAL_PERSON");
    }

    @ParameterizedTest
    @ValueSource(strings = {"个体工商户", "3", "法人及非法人组织", "1"})
    void organisationsAndIndividualBusinessesAreTakenIn(String partyType) {
        assertThat(check(penalty().set("partyType", partyType)).problems()).isEmpty();
    }

    @Test
    void aRowNamingNoIdentifierOfItsPartyIsRefused() {
        var row = check(penalty().without("creditCode", "legalRepresentative"));
        assertThat(row.problems()).containsExactly(RowProblem.of(null, "PARTY_IDENTIFIER_MISSING"));
        assertThat(row.party().hasAny()).isFalse();
        assertThat(problems(check(penalty().set("creditCode", " ").set("legalRepresentative", "\u3000"))))
                .containsExactly("null:PARTY_IDENTIFIER_MISSING");
    }

    @Test
    void anyOneIdentifierOfThePartyIsEnough() {
        var byName = check(penalty().without("creditCode").set("partyName", "瑞昌市湓城食品店（分店）").set("legalRepresentative", "张 三"));
        assertThat(byName.problems()).isEmpty();
        assertThat(byName.party()).isEqualTo(new PartyIdentifiers(null, false, null, null, "瑞昌市湓城食品店(分店)", "张三"));

        var byOrganisation = check(penalty().without("creditCode", "legalRepresentative").set("organisationCode", ORGANISATION_CODE));
        assertThat(byOrganisation.problems()).isEmpty();
        assertThat(byOrganisation.party().organisationCode()).isEqualTo(ORGANISATION_CODE);

        var byRegistration = check(penalty().without("creditCode", "legalRepresentative").set("registrationNumber", REGISTRATION_NUMBER));
        assertThat(byRegistration.problems()).isEmpty();
        assertThat(byRegistration.party().registrationNumber()).isEqualTo(REGISTRATION_NUMBER);
    }

    // ---------------------------------------------------------------- credit codes

    @ParameterizedTest
    @ValueSource(strings = {"91330100799655058B", "91330100799655058b", "９１３３０１００７９９６５５０５８Ｂ",
            "９１３３０１００７９９６５５０５８ｂ", " 9133 0100 7996 5505 8B ", "\u30009133\u00A001007996550 58b\t"})
    void creditCodesAreNormalised(String raw) {
        var row = check(penalty().set("creditCode", raw).set("authorityCode", raw).set("sourceUnitCode", raw));
        assertThat(row.problems()).isEmpty();
        assertThat(row.values()).containsEntry("creditCode", CODE_C).containsEntry("authorityCode", CODE_C)
                .containsEntry("sourceUnitCode", CODE_C);
        assertThat(row.party().creditCode()).isEqualTo(CODE_C);
        assertThat(row.party().creditCodeSuspect()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {CODE_A, CODE_B, CODE_C})
    void aPartyCreditCodeFailingOnlyItsCheckCharacterIsKeptAsSuspect(String valid) {
        String suspect = TestCodes.withWrongCheckCharacter(valid);
        var row = check(penalty().set("creditCode", suspect.toLowerCase()));
        assertThat(row.problems()).isEmpty();
        assertThat(row.valid()).isTrue();
        assertThat(row.party().creditCode()).isEqualTo(suspect);
        assertThat(row.party().creditCodeSuspect()).isTrue();
        assertThat(row.values()).containsEntry("creditCode", suspect);
    }

    @Test
    void theSameCodeInTheAuthorityOrSourceFieldIsAProblem() {
        String suspect = TestCodes.withWrongCheckCharacter(BUREAU_CODE);
        var authority = check(penalty().set("authorityCode", suspect));
        assertThat(authority.problems()).containsExactly(new RowProblem("authorityCode", IdentifierProblem.CHECK_CHARACTER,
                List.of(18, String.valueOf(BUREAU_CODE.charAt(17)), String.valueOf(suspect.charAt(17)))));
        assertThat(authority.party().creditCodeSuspect()).isFalse();
        assertThat(authority.values()).doesNotContainKey("authorityCode");
        assertThat(problems(check(penalty().set("sourceUnitCode", suspect))))
                .containsExactly("sourceUnitCode:" + IdentifierProblem.CHECK_CHARACTER);
    }

    @Test
    void suspectCreditCodesAreKeptInEveryKindWithACreditCodeRole() {
        String suspect = TestCodes.withWrongCheckCharacter(CODE_B);
        var report = check(ANNUAL_REPORT, annualReport().set("creditCode", suspect));
        assertThat(report.problems()).isEmpty();
        assertThat(report.party().creditCodeSuspect()).isTrue();
        var licenceRow = check(LICENCE, licence().set("creditCode", suspect));
        assertThat(licenceRow.problems()).isEmpty();
        assertThat(licenceRow.party().creditCodeSuspect()).isTrue();
        assertThat(problems(check(LICENCE, licence().set("authorityCode", suspect))))
                .containsExactly("authorityCode:" + IdentifierProblem.CHECK_CHARACTER);
    }

    @Test
    void aPartyCreditCodeWithOtherErrorsIsAProblemNotASuspect() {
        var shortCode = check(penalty().set("creditCode", CODE_A.substring(0, 17)));
        assertThat(shortCode.problems()).containsExactly(new RowProblem("creditCode", IdentifierProblem.LENGTH, List.of(18, 17)));
        assertThat(shortCode.party().creditCode()).isNull();
        assertThat(shortCode.party().creditCodeSuspect()).isFalse();

        var illegal = check(penalty().set("creditCode", TestCodes.substitute(CODE_A, 9, 'I')));
        assertThat(illegal.problems()).containsExactly(new RowProblem("creditCode", IdentifierProblem.ILLEGAL_CHARACTER, List.of(10, "I")));
        assertThat(illegal.party().creditCodeSuspect()).isFalse();

        // a letter in the region code: a syntax error, even though the check character is recomputed to fit
        String first17 = TestCodes.substitute(CODE_A, 2, 'A').substring(0, 17);
        var letterInRegion = check(penalty().set("creditCode", first17 + CreditCode.checkCharacterFor(first17)));
        assertThat(letterInRegion.problems()).containsExactly(
                new RowProblem("creditCode", IdentifierProblem.ILLEGAL_CHARACTER, List.of(3, "A")));

        assertThat(problems(check(penalty().set("creditCode", CODE_A + "1")))).containsExactly("creditCode:" + IdentifierProblem.LENGTH);
    }

    /** Seeded random valid codes, a 0-based position and a character that really changes the code there. */
    static Stream<Arguments> creditCodesWithOneSubstitution() {
        var random = new Random(32_100_2015L);
        String symbols = CreditCode.ALPHABET + "IOSVZ" + "abcdefghijklmnopqrstuvwxyz" + "-*中 ＩＯ";
        return IntStream.range(0, 300).mapToObj(i -> {
            String code = i < 3 ? List.of(CODE_A, CODE_B, CODE_C).get(i) : TestCodes.randomCreditCode(random);
            int index = random.nextInt(CreditCode.LENGTH);
            char replacement;
            do {
                replacement = symbols.charAt(random.nextInt(symbols.length()));
            } while (Identifiers.normalize(String.valueOf(replacement)).equals(String.valueOf(code.charAt(index))));
            return Arguments.of(code, index, replacement);
        });
    }

    @ParameterizedTest(name = "{0} [{1}] := ''{2}''")
    @MethodSource("creditCodesWithOneSubstitution")
    void aSingleSubstitutionInThePartyCreditCodeNeverPassesUnnoticed(String code, int index, char replacement) {
        var control = check(penalty().set("creditCode", code));
        assertThat(control.problems()).isEmpty();
        assertThat(control.party().creditCodeSuspect()).isFalse();

        String changed = TestCodes.substitute(code, index, replacement);
        var row = check(penalty().set("creditCode", changed));
        assertThat(row.valid() && !row.party().creditCodeSuspect())
                .as("%s accepted as a sound code: %s", changed, row).isFalse();
        if (row.valid()) {
            // kept only as suspect, and then exactly as typed (normalised), never as the original code
            assertThat(row.party().creditCode()).isEqualTo(Identifiers.normalize(changed)).isNotEqualTo(code);
        } else {
            assertThat(row.problems()).extracting(RowProblem::field).containsOnly("creditCode");
            assertThat(row.party().creditCode()).isNull();
        }
    }

    // ---------------------------------------------------------------- other identifiers

    @Test
    void organisationCodes() {
        String first8 = ORGANISATION_CODE.substring(0, 8);
        char check = ORGANISATION_CODE.charAt(8);
        assertThat(check(penalty().set("organisationCode", first8 + "-" + check)).values())
                .containsEntry("organisationCode", ORGANISATION_CODE);
        assertThat(check(penalty().set("organisationCode", first8.toLowerCase() + check)).values())
                .containsEntry("organisationCode", ORGANISATION_CODE);

        char wrong = check == '1' ? '2' : '1';
        assertThat(check(penalty().set("organisationCode", first8 + "-" + wrong)).problems()).containsExactly(
                new RowProblem("organisationCode", IdentifierProblem.CHECK_CHARACTER, List.of(9, String.valueOf(check),
                        String.valueOf(wrong))));
        assertThat(problems(check(penalty().set("organisationCode", first8))))
                .containsExactly("organisationCode:" + IdentifierProblem.LENGTH);
        assertThat(problems(check(penalty().set("organisationCode", first8.substring(0, 7) + "中" + check))))
                .containsExactly("organisationCode:" + IdentifierProblem.ILLEGAL_CHARACTER);
    }

    @Test
    void registrationNumbers() {
        assertThat(check(penalty().set("registrationNumber", "３６０４８１ " + REGISTRATION_NUMBER.substring(6))).values())
                .containsEntry("registrationNumber", REGISTRATION_NUMBER);
        char right = REGISTRATION_NUMBER.charAt(14);
        char wrong = (char) ('0' + (right - '0' + 1) % 10);
        assertThat(check(penalty().set("registrationNumber", REGISTRATION_NUMBER.substring(0, 14) + wrong)).problems())
                .containsExactly(new RowProblem("registrationNumber", IdentifierProblem.CHECK_CHARACTER,
                        List.of(15, String.valueOf(right), String.valueOf(wrong))));
        assertThat(problems(check(penalty().set("registrationNumber", REGISTRATION_NUMBER.substring(0, 14)))))
                .containsExactly("registrationNumber:" + IdentifierProblem.LENGTH);
        assertThat(problems(check(penalty().set("registrationNumber", REGISTRATION_NUMBER.substring(0, 14) + "X"))))
                .containsExactly("registrationNumber:" + IdentifierProblem.ILLEGAL_CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"partyIdNumber", "legalRepresentativeIdNumber"})
    void personalIdNumbers(String field) {
        assertThat(check(penalty().set(field, "11010519491231002x")).values()).containsEntry(field, RESIDENT_ID);
        assertThat(check(penalty().set(field, "１１０１０５１９４９１２３１００２Ｘ")).values()).containsEntry(field, RESIDENT_ID);
        assertThat(check(penalty().set(field, "110105194912310021")).problems()).containsExactly(
                new RowProblem(field, IdentifierProblem.CHECK_CHARACTER, List.of(18, "X", "1")));
        String badBirthDate = TestCodes.residentId("11010519491331002");
        assertThat(problems(check(penalty().set(field, badBirthDate)))).containsExactly(field + ":" + IdentifierProblem.BIRTH_DATE);
        // not of the resident ID form (a passport, a Hong Kong ID): kept as given, normalised
        var passport = check(penalty().set(field, "e 1234567 8"));
        assertThat(passport.problems()).isEmpty();
        assertThat(passport.values()).containsEntry(field, "E12345678");
    }

    // ---------------------------------------------------------------- dishonest debtors

    @Test
    void debtorIdentifiedByACreditCode() {
        var row = check(DEBTOR, debtor().set("partyId", "９１３３０１００７９９６５５０５８ｂ"));
        assertThat(row.problems()).isEmpty();
        assertThat(row.values()).containsEntry("partyId", CODE_C);
        assertThat(row.party().creditCode()).isEqualTo(CODE_C);
        assertThat(row.party().creditCodeSuspect()).isFalse();
        assertThat(row.party().organisationCode()).isNull();
        assertThat(row.naturalKey()).isEqualTo("(2022)赣0481执123号");
        assertThat(row.decidedOn()).isEqualTo(LocalDate.of(2022, 6, 1));
        assertThat(row.validUntil()).isNull();
    }

    @Test
    void debtorIdentifiedByAnOrganisationCodeWithHyphen() {
        String typed = ORGANISATION_CODE.substring(0, 8).toLowerCase() + "-" + ORGANISATION_CODE.charAt(8);
        var row = check(DEBTOR, debtor().set("partyId", typed));
        assertThat(row.problems()).isEmpty();
        assertThat(row.values()).containsEntry("partyId", ORGANISATION_CODE);
        assertThat(row.party().organisationCode()).isEqualTo(ORGANISATION_CODE);
        assertThat(row.party().creditCode()).isNull();
    }

    @Test
    void debtorIdentifiedByAResidentIdNumber() {
        var row = check(DEBTOR, debtor().set("partyId", "11010519491231002x"));
        assertThat(problems(row)).doesNotContain("partyId:PARTY_ID_INVALID");
        assertThat(row.problems()).isEmpty(); // the legal representative's name is the party identifier here
        assertThat(row.values()).containsEntry("partyId", RESIDENT_ID);
        assertThat(row.party().creditCode()).isNull();
        assertThat(row.party().organisationCode()).isNull();
        // without a legal representative a natural person cannot be matched to an entity
        assertThat(problems(check(DEBTOR, debtor().set("partyId", RESIDENT_ID).without("legalRepresentative"))))
                .containsExactly("null:PARTY_IDENTIFIER_MISSING");
    }

    @org.junit.jupiter.api.Test
    void aMistypedPersonalIdNumberOfADebtorIsNeverTakenForACreditCode() {
        var row = check(DEBTOR, debtor().set("partyId", "110105194912310021"));
        assertThat(row.problems()).extracting(RowProblem::code).containsExactly("PARTY_ID_INVALID");
        assertThat(row.party().creditCode()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"914403001922038217"})
    void debtorIdentifierFailingOnlyItsCheckCharacterIsKeptAsASuspectCreditCode(String raw) {
        var row = check(DEBTOR, debtor().set("partyId", raw));
        assertThat(row.problems()).isEmpty();
        assertThat(row.party().creditCode()).isEqualTo(raw);
        assertThat(row.party().creditCodeSuspect()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ABC123", "12345", "中华人民共和国", "914403001922038217X", "12345678-0"})
    void debtorWithGarbageIdentifier(String raw) {
        var row = check(DEBTOR, debtor().set("partyId", raw));
        assertThat(row.problems()).extracting(RowProblem::field, RowProblem::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("partyId", "PARTY_ID_INVALID"));
        assertThat(row.values()).doesNotContainKey("partyId");
        assertThat(row.party().creditCode()).isNull();
        assertThat(row.party().organisationCode()).isNull();
    }

    @Nested
    class UnknownFields {

        @Test
        void rawFieldsTheKindDoesNotKnowAreIgnored() {
            var row = check(penalty().set("complainantName", "李四").set("phone", "13800000000"));
            assertThat(row.problems()).isEmpty();
            assertThat(row.values()).doesNotContainKeys("complainantName", "phone");
        }

        @Test
        void anEmptyRowReportsEveryRequiredFieldOnce() {
            var row = check(new Row());
            assertThat(problems(row)).containsExactlyElementsOf(
                    PENALTY.requiredFields().stream().map(f -> f.name() + ":REQUIRED").toList());
            assertThat(row.values()).isEmpty();
            assertThat(row.naturalKey()).isNull();
        }
    }
}
