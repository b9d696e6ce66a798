package cn.gov.amr.credit.ingestion.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import cn.gov.amr.credit.ingestion.RecordKind;

class HeadersTest {

    private static final RecordSchema PENALTY = RecordSchemas.of(RecordKind.PENALTY);
    private static final RecordSchema LICENCE = RecordSchemas.of(RecordKind.LICENCE);

    /** The field the single column {@code header} resolves to, in {@code kind}, without a department mapping. */
    private static String fieldOf(RecordKind kind, String header) {
        return Headers.resolve(RecordSchemas.of(kind), List.of(header), Map.of()).get(0);
    }

    private static List<String> resolve(RecordSchema schema, Map<String, String> mapping, String... header) {
        return Headers.resolve(schema, Arrays.asList(header), mapping);
    }

    @Test
    void normalizeRemovesWhiteSpaceBomAndRequiredMarkerAndUnifiesWidthAndCase() {
        assertThat(Headers.normalize(" cf_xdr_mc ")).isEqualTo("CF_XDR_MC");
        assertThat(Headers.normalize("\uFEFF行政相对人名称")).isEqualTo("行政相对人名称");
        assertThat(Headers.normalize("*行政相对人名称")).isEqualTo("行政相对人名称");
        assertThat(Headers.normalize("罚款金额（万元）")).isEqualTo("罚款金额(万元)");
        assertThat(Headers.normalize("罚款金额 ( 万元 )")).isEqualTo("罚款金额(万元)");
        assertThat(Headers.normalize("ＣＦ_ＷＳＨ")).isEqualTo("CF_WSH");
        assertThat(Headers.normalize("fine\u3000amount\u00A0")).isEqualTo("FINEAMOUNT");
        assertThat(Headers.normalize(null)).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
            // national labels
            "PENALTY|行政相对人名称|partyName",
            "PENALTY|行政相对人类别|partyType",
            "PENALTY|行政处罚决定书文号|documentNumber",
            "PENALTY|处罚决定日期|decisionDate",
            "PENALTY|处罚机关统一社会信用代码|authorityCode",
            "PENALTY|没收违法所得、没收非法财物的金额（万元）|confiscatedAmount",
            "LICENCE|行政许可决定文书号|documentNumber",
            "LICENCE|有效期至|validTo",
            "DISHONEST_DEBTOR|身份证号码/组织机构代码|partyId",
            "DISHONEST_DEBTOR|被执行人姓名/名称|partyName",
            "ANNUAL_REPORT|资产总额（万元）|totalAssets",
            "INSPECTION|检查结果|results",
            // national field codes
            "PENALTY|CF_XDR_MC|partyName",
            "PENALTY|CF_XDR_SHXYM|creditCode",
            "PENALTY|CF_WSH|documentNumber",
            "PENALTY|CF_NR_FK|fineAmount",
            "PENALTY|CF_JDRQ|decisionDate",
            "PENALTY|CF_CFJGDM|authorityCode",
            "LICENCE|XK_XKLB|licenceCategory",
            "LICENCE|XK_YXQZ|validFrom",
            "LICENCE|XK_YXQZI|validTo",
            "LICENCE|BZ|remarks",
            // 2016-era aliases
            "LICENCE|XK_XDR|partyName",
            "LICENCE|XK_FR|legalRepresentative",
            "LICENCE|XK_XDR_ZDM|organisationCode",
            "LICENCE|XK_XDR_GSDJ|registrationNumber",
            "LICENCE|XK_XDR_SFZ|partyIdNumber",
            "PENALTY|CF_XDR|partyName",
            "PENALTY|CF_XDR_ZDM|organisationCode",
            "PENALTY|CF_FR|legalRepresentative",
            "PENALTY|CF_CFLB1|penaltyCategories",
            // English names
            "PENALTY|partyName|partyName",
            "PENALTY|fineAmount|fineAmount",
            "LICENCE|licenceCategory|licenceCategory",
            // case, spaces, full-width letters and brackets
            "PENALTY|cf_xdr_mc|partyName",
            "PENALTY|Cf_Wsh|documentNumber",
            "PENALTY|ＣＦ_ＷＳＨ|documentNumber",
            "PENALTY|PARTYNAME|partyName",
            "PENALTY|party name|partyName",
            "PENALTY|罚款金额(万元)|fineAmount",
            "PENALTY|罚款金额（万元）|fineAmount",
            "PENALTY|罚款金额 （万元）|fineAmount",
            "PENALTY|罚款金额（万元)|fineAmount",
            "PENALTY|行政相对人 名称|partyName",
            "PENALTY|*行政相对人名称|partyName",
            "PENALTY|行政相对人名称*|partyName",
            "PENALTY|\u3000处罚机关\u3000|authority",
    })
    void resolvesLabelsCodesAliasesAndEnglishNames(RecordKind kind, String header, String field) {
        assertThat(fieldOf(kind, header)).isEqualTo(field);
    }

    @Test
    void aFieldCodeOfAnotherKindIsNotTakenIn() {
        assertThat(fieldOf(RecordKind.PENALTY, "XK_WSH")).isNull();
        assertThat(fieldOf(RecordKind.LICENCE, "CF_WSH")).isNull();
    }

    @Test
    void resolvesAWholeHeaderRowColumnByColumn() {
        var columns = resolve(PENALTY, Map.of(), "\uFEFF行政相对人名称", "序号", "CF_XDR_LB", "cf_xdr_shxym",
                "罚款金额(万元)", "documentNumber", "投诉人姓名", "");
        assertThat(columns).containsExactly("partyName", null, "partyType", "creditCode", "fineAmount",
                "documentNumber", null, null);
    }

    @Test
    void bomOnTheFirstHeaderIsIgnored() {
        assertThat(resolve(PENALTY, Map.of(), "\uFEFFCF_XDR_MC", "CF_WSH")).containsExactly("partyName", "documentNumber");
        assertThat(resolve(PENALTY, Map.of(), "\uFEFF行政相对人名称")).containsExactly("partyName");
    }

    @Test
    void unknownColumnsAreNull() {
        assertThat(resolve(PENALTY, Map.of(), "序号", "投诉人姓名", "联系电话", "CF_UNKNOWN", "行政相对人名称X"))
                .containsExactly(null, null, null, null, null);
    }

    @Test
    void aDuplicateColumnIsUsedOnlyOnce() {
        assertThat(resolve(PENALTY, Map.of(), "行政相对人名称", "CF_XDR_MC", "partyName", "行政相对人名称"))
                .containsExactly("partyName", null, null, null);
        assertThat(resolve(PENALTY, Map.of(), "罚款金额（万元）", "罚款金额(万元)"))
                .containsExactly("fineAmount", null);
    }

    @Test
    void aDepartmentMappingResolvesItsOwnHeaders() {
        var mapping = Map.of("当事人", "partyName", "决定文号", "documentNumber", "罚没金额 ( 万元 )", "fineAmount");
        assertThat(resolve(PENALTY, mapping, "当事人", "决 定 文 号", "罚没金额（万元）", "处罚机关"))
                .containsExactly("partyName", "documentNumber", "fineAmount", "authority");
    }

    @Test
    void aDepartmentMappingOverridesTheStandardMeaningOfAHeader() {
        // this department writes its remarks under the national name column, and the party in 当事人名称
        var mapping = Map.of("行政相对人名称", "remarks", "当事人名称", "partyName");
        assertThat(resolve(PENALTY, mapping, "行政相对人名称", "当事人名称")).containsExactly("remarks", "partyName");
        // the English name, the code and the alias still mean the national field
        assertThat(resolve(PENALTY, mapping, "CF_XDR_MC")).containsExactly("partyName");
    }

    @Test
    void aDepartmentMappingToAFieldTheKindLacksYieldsNull() {
        assertThat(resolve(PENALTY, Map.of("当事人", "noSuchField", "许可类别", "licenceCategory"), "当事人", "许可类别"))
                .containsExactly(null, null);
    }

    @Test
    void aMappedColumnAndAStandardColumnForTheSameFieldKeepTheFirst() {
        assertThat(resolve(PENALTY, Map.of("当事人", "partyName"), "当事人", "行政相对人名称"))
                .containsExactly("partyName", null);
        assertThat(resolve(PENALTY, Map.of("当事人", "partyName"), "行政相对人名称", "当事人"))
                .containsExactly("partyName", null);
    }

    @Test
    void missingListsRequiredFieldsNoColumnHolds() {
        var all = PENALTY.fields().stream().map(f -> PENALTY.headerIndex().keySet().stream()
                .filter(h -> PENALTY.headerIndex().get(h).equals(f.name())).findFirst().orElseThrow()).toList();
        var columns = Headers.resolve(PENALTY, all, Map.of());
        assertThat(Headers.missing(PENALTY, columns)).isEmpty();

        var without = new ArrayList<>(columns);
        without.set(without.indexOf("authorityCode"), null);
        without.remove("sourceUnit");
        without.remove("remarks"); // optional: not reported
        assertThat(Headers.missing(PENALTY, without)).extracting(FieldSpec::name)
                .containsExactly("authorityCode", "sourceUnit");
    }

    @Test
    void missingOfAMinimalNationalFile() {
        var columns = resolve(PENALTY, Map.of(), "行政相对人名称", "行政处罚决定书文号", "处罚决定日期", "备注");
        assertThat(Headers.missing(PENALTY, columns)).extracting(FieldSpec::name).containsExactly(
                "partyType", "violationType", "facts", "basis", "penaltyCategories", "content", "validUntil",
                "authority", "authorityCode", "sourceUnit", "sourceUnitCode");
    }

    @Test
    void missingOfAnEmptyHeaderIsEveryRequiredField() {
        assertThat(Headers.missing(LICENCE, List.of())).extracting(FieldSpec::name)
                .containsExactly("partyName", "documentNumber", "decisionDate", "authority");
    }

    @Test
    void aColumnDroppedAsDuplicateDoesNotHideAMissingField() {
        var columns = resolve(PENALTY, Map.of(), "行政相对人名称", "CF_XDR_MC");
        assertThat(Headers.missing(PENALTY, columns)).extracting(FieldSpec::name).doesNotContain("partyName")
                .contains("partyType", "documentNumber");
    }
}
