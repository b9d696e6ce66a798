package cn.gov.amr.credit.ingestion.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.schema.ValueType;

class RecordSchemasTest {

    private static final RecordSchema PENALTY = RecordSchemas.of(RecordKind.PENALTY);
    private static final RecordSchema LICENCE = RecordSchemas.of(RecordKind.LICENCE);

    private static List<String> roles(RecordSchema s) {
        var roles = new ArrayList<String>();
        for (String role : new String[] {s.naturalKey(), s.partyName(), s.creditCode(), s.registrationNumber(),
                s.organisationCode(), s.legalRepresentative(), s.partyId(), s.partyType(), s.decidedOn(), s.validUntil()}) {
            if (role != null) {
                roles.add(role);
            }
        }
        return roles;
    }

    private static FieldSpec byLabel(RecordSchema schema, String label) {
        return schema.fields().stream().filter(f -> f.label().equals(label)).findFirst()
                .orElseThrow(() -> new AssertionError(schema.kind() + " has no field labelled " + label));
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void everyKindHasASchemaOfItsOwn(RecordKind kind) {
        RecordSchema schema = RecordSchemas.of(kind);
        assertThat(schema).isNotNull();
        assertThat(schema.kind()).isEqualTo(kind);
        assertThat(schema.fields()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(schema.requiredFields()).isNotEmpty();
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void everyKindHasANaturalKeyAPartyNameAndADecisionDate(RecordKind kind) {
        RecordSchema schema = RecordSchemas.of(kind);
        assertThat(schema.naturalKey()).isNotNull();
        assertThat(schema.partyName()).isNotNull();
        assertThat(schema.decidedOn()).isNotNull();
        assertThat(schema.require(schema.decidedOn()).type()).isEqualTo(ValueType.DATE);
        assertThat(schema.require(schema.decidedOn()).required()).isTrue();
        assertThat(schema.require(schema.partyName()).required()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void everyRoleNamesAnExistingFieldOfTheRightType(RecordKind kind) {
        RecordSchema s = RecordSchemas.of(kind);
        for (String role : roles(s)) {
            assertThat(s.field(role)).as("%s role %s", kind, role).isPresent();
        }
        if (s.creditCode() != null) {
            assertThat(s.require(s.creditCode()).type()).isEqualTo(ValueType.CREDIT_CODE);
        }
        if (s.registrationNumber() != null) {
            assertThat(s.require(s.registrationNumber()).type()).isEqualTo(ValueType.REGISTRATION_NUMBER);
        }
        if (s.organisationCode() != null) {
            assertThat(s.require(s.organisationCode()).type()).isEqualTo(ValueType.ORGANISATION_CODE);
        }
        if (s.partyId() != null) {
            assertThat(s.require(s.partyId()).type()).isEqualTo(ValueType.PARTY_ID);
        }
        if (s.validUntil() != null) {
            assertThat(s.require(s.validUntil()).type()).isEqualTo(ValueType.DATE);
        }
        if (s.partyType() != null) {
            FieldSpec partyType = s.require(s.partyType());
            assertThat(partyType.type()).isEqualTo(ValueType.CHOICE);
            assertThat(partyType.choices()).containsEntry("自然人", RowChecker.NATURAL_PERSON_CODE);
        }
        // every kind can be matched to an entity somehow
        assertThat(s.creditCode() != null || s.partyId() != null || s.legalRepresentative() != null)
                .as("%s has an identifier role", kind).isTrue();
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void naturalKeyFieldsAreRequired(RecordKind kind) {
        RecordSchema schema = RecordSchemas.of(kind);
        assertThat(schema.require(schema.naturalKey()).required()).as("%s natural key %s", kind, schema.naturalKey())
                .isTrue();
        assertThat(schema.requiredFields()).contains(schema.require(schema.naturalKey()));
    }

    @ParameterizedTest
    @CsvSource({"LICENCE,documentNumber", "PENALTY,documentNumber", "INSPECTION,taskNumber",
            "DISHONEST_DEBTOR,caseNumber", "COURT_JUDGMENT,caseNumber", "ANNUAL_REPORT,reportYear",
            "COMMENDATION,documentNumber", "COMMITMENT,commitmentNumber", "COMPLAINT,complaintNumber"})
    void naturalKeysAreThoseOfDomain(RecordKind kind, String naturalKey) {
        assertThat(RecordSchemas.of(kind).naturalKey()).isEqualTo(naturalKey);
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void fieldNamesAndLabelsAreUniqueWithinAKind(RecordKind kind) {
        RecordSchema schema = RecordSchemas.of(kind);
        assertThat(schema.fields().stream().map(FieldSpec::name)).doesNotHaveDuplicates();
        assertThat(schema.fields().stream().map(FieldSpec::label)).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void noTwoFieldsOfAKindShareAHeader(RecordKind kind) {
        RecordSchema schema = RecordSchemas.of(kind);
        Map<String, String> owner = new HashMap<>();
        List<String> clashes = new ArrayList<>();
        for (FieldSpec field : schema.fields()) {
            Set<String> headers = new LinkedHashSet<>();
            headers.add(Headers.normalize(field.name()));
            headers.add(Headers.normalize(field.label()));
            field.codes().forEach(code -> headers.add(Headers.normalize(code)));
            for (String header : headers) {
                assertThat(header).isNotEmpty();
                String previous = owner.putIfAbsent(header, field.name());
                if (previous != null) {
                    clashes.add(header + ": " + previous + " / " + field.name());
                }
            }
        }
        assertThat(clashes).as("%s headers shared by two fields", kind).isEmpty();
        // and so the header index resolves each of them to its own field
        owner.forEach((header, field) -> assertThat(schema.headerIndex()).containsEntry(header, field));
    }

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void choiceFieldsHaveNumericDistinctCodesAndOthersHaveNoChoices(RecordKind kind) {
        for (FieldSpec field : RecordSchemas.of(kind).fields()) {
            if (field.type() == ValueType.CHOICE || field.type() == ValueType.CHOICES) {
                assertThat(field.choices()).as("%s.%s", kind, field.name()).isNotEmpty();
                var numbers = new HashSet<Long>();
                field.choices().forEach((label, code) -> {
                    assertThat(code).as("%s.%s code of %s", kind, field.name(), label).isNotNull().matches("\\d{1,9}");
                    assertThat(numbers.add(Long.parseLong(code))).as("%s.%s code %s once", kind, field.name(), code)
                            .isTrue();
                });
            } else {
                assertThat(field.choices()).as("%s.%s", kind, field.name()).isEmpty();
            }
        }
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource({
            "行政相对人名称,CF_XDR_MC,true",
            "行政相对人类别,CF_XDR_LB,true",
            "统一社会信用代码,CF_XDR_SHXYM,false",
            "工商注册号,CF_XDR_GSZC,false",
            "组织机构代码,CF_XDR_ZZJG,false",
            "税务登记号,CF_XDR_SWDJ,false",
            "事业单位证书号,CF_XDR_SYDW,false",
            "社会组织登记证号,CF_XDR_SHZZ,false",
            "法定代表人,CF_FRDB,false",
            "法定代表人证件类型,CF_FR_ZJLX,false",
            "法定代表人证件号码,CF_FR_ZJHM,false",
            "证件类型,CF_XDR_ZJLX,false",
            "证件号码,CF_XDR_ZJHM,false",
            "行政处罚决定书文号,CF_WSH,true",
            "违法行为类型,CF_WFXW,true",
            "违法事实,CF_SY,true",
            "处罚依据,CF_YJ,true",
            "处罚类别,CF_CFLB,true",
            "处罚内容,CF_NR,true",
            "罚款金额（万元）,CF_NR_FK,false",
            "没收违法所得、没收非法财物的金额（万元）,CF_NR_WFFF,false",
            "暂扣或吊销证照名称及编号,CF_NR_ZKDX,false",
            "处罚决定日期,CF_JDRQ,true",
            "处罚有效期,CF_YXQ,true",
            "公示截止期,CF_GSJZQ,false",
            "处罚机关,CF_CFJG,true",
            "处罚机关统一社会信用代码,CF_CFJGDM,true",
            "数据来源单位,CF_SJLY,true",
            "数据来源单位统一社会信用代码,CF_SJLYDM,true",
    })
    void penaltySchemaCarriesTheNationalFieldCodes(String label, String nationalCode, boolean required) {
        FieldSpec field = byLabel(PENALTY, label);
        assertThat(field.codes()).first().isEqualTo(nationalCode);
        assertThat(field.required()).isEqualTo(required);
    }

    @Test
    void penaltyRequiredFieldsAreExactlyThoseStarredInDomain() {
        assertThat(PENALTY.requiredFields()).extracting(FieldSpec::label).containsExactlyInAnyOrder(
                "行政相对人名称", "行政相对人类别", "行政处罚决定书文号", "违法行为类型", "违法事实", "处罚依据", "处罚类别",
                "处罚内容", "处罚决定日期", "处罚有效期", "处罚机关", "处罚机关统一社会信用代码", "数据来源单位",
                "数据来源单位统一社会信用代码");
    }

    @Test
    void penaltyFieldTypes() {
        assertThat(byLabel(PENALTY, "罚款金额（万元）").type()).isEqualTo(ValueType.AMOUNT);
        assertThat(byLabel(PENALTY, "处罚类别").type()).isEqualTo(ValueType.CHOICES);
        assertThat(byLabel(PENALTY, "处罚机关统一社会信用代码").type()).isEqualTo(ValueType.CREDIT_CODE);
        assertThat(byLabel(PENALTY, "证件号码").type()).isEqualTo(ValueType.PERSONAL_ID);
        assertThat(byLabel(PENALTY, "证件号码").personal()).isTrue();
        assertThat(byLabel(PENALTY, "法定代表人证件号码").personal()).isTrue();
        assertThat(byLabel(PENALTY, "行政相对人名称").personal()).isFalse();
        assertThat(byLabel(PENALTY, "公示截止期").type()).isEqualTo(ValueType.DATE);
        assertThat(byLabel(PENALTY, "行政处罚决定书文号").type()).isEqualTo(ValueType.NUMBER_TEXT);
    }

    @Test
    void penaltyCategoriesAreTheKindsOfArticle9InOrder() {
        assertThat(byLabel(PENALTY, "处罚类别").choices().keySet()).containsExactly("警告", "通报批评", "罚款", "没收违法所得",
                "没收非法财物", "暂扣许可证件", "降低资质等级", "吊销许可证件", "限制开展生产经营活动", "责令停产停业", "责令关闭", "限制从业",
                "行政拘留", "其他");
    }

    @Test
    void partyTypesAreThoseOfTheExchangeFormat() {
        assertThat(byLabel(PENALTY, "行政相对人类别").choices()).containsExactly(
                Map.entry("法人及非法人组织", "1"), Map.entry("自然人", "2"), Map.entry("个体工商户", "3"));
        assertThat(byLabel(LICENCE, "行政相对人类别").choices()).isEqualTo(byLabel(PENALTY, "行政相对人类别").choices());
    }

    @ParameterizedTest(name = "{0} [{1}]")
    @CsvSource({
            "行政相对人名称,XK_XDR_MC",
            "行政相对人类别,XK_XDR_LB",
            "统一社会信用代码,XK_XDR_SHXYM",
            "工商注册号,XK_XDR_GSZC",
            "组织机构代码,XK_XDR_ZZJG",
            "法定代表人,XK_FRDB",
            "证件号码,XK_XDR_ZJHM",
            "行政许可决定文书名称,XK_XKWS",
            "行政许可决定文书号,XK_WSH",
            "许可类别,XK_XKLB",
            "许可证书名称,XK_XKZS",
            "许可编号,XK_XKBH",
            "许可内容,XK_NR",
            "许可决定日期,XK_JDRQ",
            "有效期自,XK_YXQZ",
            "有效期至,XK_YXQZI",
            "许可机关,XK_XKJG",
            "许可机关统一社会信用代码,XK_XKJGDM",
            "当前状态,XK_ZT",
            "数据来源单位,XK_LYDW",
            "数据来源单位统一社会信用代码,XK_LYDWDM",
            "备注,BZ",
    })
    void licenceSchemaCarriesTheNationalFieldCodes(String label, String nationalCode) {
        assertThat(byLabel(LICENCE, label).codes()).first().isEqualTo(nationalCode);
    }

    @Test
    void licenceChoicesAndTheirCodes() {
        assertThat(byLabel(LICENCE, "许可类别").choices()).containsExactly(Map.entry("普通", "01"), Map.entry("特许", "02"),
                Map.entry("认可", "03"), Map.entry("核准", "04"), Map.entry("登记", "05"), Map.entry("其他", "06"));
        assertThat(byLabel(LICENCE, "当前状态").choices()).containsExactly(Map.entry("有效", "1"), Map.entry("无效", "0"));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource({
            "LICENCE,XK_XDR,partyName",
            "LICENCE,XK_XDR_ZDM,organisationCode",
            "LICENCE,XK_XDR_GSDJ,registrationNumber",
            "LICENCE,XK_XDR_SFZ,partyIdNumber",
            "LICENCE,XK_FR,legalRepresentative",
            "PENALTY,CF_XDR_ZDM,organisationCode",
            "PENALTY,CF_FR,legalRepresentative",
            "PENALTY,CF_CFLB1,penaltyCategories",
    })
    void the2016AliasesOfDomainAreCodesOfTheirField(RecordKind kind, String alias, String field) {
        FieldSpec spec = RecordSchemas.of(kind).require(field);
        assertThat(spec.codes()).contains(alias);
        assertThat(spec.codes().get(0)).isNotEqualTo(alias); // the national code comes first
    }

    /** DOMAIN §4: 2016 files split the penalty categories into CF_CFLB1 and CF_CFLB2; both columns are kept. */
    @Test
    void the2016AliasesCfCflb1AndCfCflb2AreBothKept() {
        assertThat(PENALTY.require("penaltyCategories").codes()).contains("CF_CFLB1", "CF_CFLB2");
        assertThat(Headers.resolve(PENALTY, java.util.List.of("CF_CFLB1", "CF_CFLB2", "CF_CFLB1"), java.util.Map.of()))
                .containsExactly("penaltyCategories", "penaltyCategories", "penaltyCategories");
    }

    @Test
    void requireNamesTheKindAndFieldWhenAbsent() {
        assertThat(PENALTY.field("noSuchField")).isEmpty();
        assertThatThrownBy(() -> PENALTY.require("noSuchField")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PENALTY").hasMessageContaining("noSuchField");
    }

    @Test
    void schemasAreImmutable() {
        assertThatThrownBy(() -> PENALTY.fields().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> PENALTY.require("partyType").choices().clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> PENALTY.require("partyName").codes().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
