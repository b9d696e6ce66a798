package cn.gov.amr.credit.ingestion;

import static cn.gov.amr.credit.ingestion.IngestionTestData.BUREAU;
import static cn.gov.amr.credit.ingestion.IngestionTestData.upload;
import static cn.gov.amr.credit.ingestion.IngestionTestData.uploadAndAwait;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.registry.RegistryTestData;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.TestHttp;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Files as departments really send them: a messy GBK CSV with national labels in any order, an
 * unknown column, full-width and lower-case codes, stray spaces, dates in every accepted format,
 * choices as codes, and bad rows; clean XLSX files with the national field codes and their 2016-era
 * aliases and real Excel date cells; a changed row sent again as a new version.
 */
class IngestApiFilesTest extends PlatformIntegrationTest {

    private static final Charset GBK = Charset.forName("GBK");
    private static final String HAN = ".*\\p{IsHan}.*";

    /** National labels of the penalty fields used here (DOMAIN §4). */
    private static final Map<String, String> PENALTY_LABELS = Map.ofEntries(
            Map.entry("partyName", "行政相对人名称"), Map.entry("partyType", "行政相对人类别"),
            Map.entry("creditCode", "统一社会信用代码"), Map.entry("documentNumber", "行政处罚决定书文号"),
            Map.entry("violationType", "违法行为类型"), Map.entry("facts", "违法事实"), Map.entry("basis", "处罚依据"),
            Map.entry("penaltyCategories", "处罚类别"), Map.entry("content", "处罚内容"),
            Map.entry("fineAmount", "罚款金额（万元）"), Map.entry("decisionDate", "处罚决定日期"),
            Map.entry("validUntil", "处罚有效期"), Map.entry("authority", "处罚机关"),
            Map.entry("authorityCode", "处罚机关统一社会信用代码"), Map.entry("sourceUnit", "数据来源单位"),
            Map.entry("sourceUnitCode", "数据来源单位统一社会信用代码"));

    /** A shuffled header: national labels (one with a required-marker star, one with stray spaces) and a complainant's phone. */
    private static final List<String> MESSY_HEADER = List.of("处罚决定日期", "*行政相对人名称", "投诉人电话", "处罚类别",
            "统一社会信用代码", "违法事实", "行政处罚决定书文号", "处罚机关统一社会信用代码", "行政相对人类别", "处罚内容",
            "罚款金额（万元）", " 违法行为类型 ", "处罚依据", "处罚有效期", "处罚机关", "数据来源单位统一社会信用代码",
            "数据来源单位");

    private TestHttp admin() {
        return http().basic("admin", ADMIN_PASSWORD);
    }

    @Test
    void aMessyGbkCsvIsNormalisedItsBadRowsQuarantinedAndAResendChangesNothing() {
        var admin = admin();
        String[] department = IngestionTestData.department(admin, "PENALTY");
        String[] a = IngestionTestData.entity(admin);
        String[] b = IngestionTestData.entityWithCode(admin, IngestionTestData.creditCodeWithLetter());
        String[] c = IngestionTestData.entityWithCode(admin, IngestionTestData.creditCodeWithLetter());
        String[] d = IngestionTestData.entity(admin);
        String unknown = RegistryTestData.creditCode('1');
        String prefix = "瑞市监罚〔2022〕" + RegistryTestData.han(2);
        String phone = "13979212345";

        var rows = new ArrayList<Map<String, String>>();
        // row 2: clean
        var clean = labelled(IngestionTestData.penalty(a[0], a[1], prefix + "1号"));
        clean.put("投诉人电话", phone);
        rows.add(clean);
        // row 3: full-width digits and letters in the code, stray spaces, yyyy/M/d, a category as its code
        var fullWidth = labelled(IngestionTestData.penalty(b[0], b[1], prefix + "2号"));
        fullWidth.put("统一社会信用代码", " " + fullWidth(b[0].toLowerCase()) + " ");
        fullWidth.put("*行政相对人名称", "  " + b[1] + "   ");
        fullWidth.put("处罚类别", "03");
        fullWidth.put("处罚决定日期", "2022/3/5");
        fullWidth.put("处罚有效期", "2025/3/4");
        fullWidth.put("投诉人电话", phone);
        rows.add(fullWidth);
        // row 4: lower-case code with spaces inside, yyyyMMdd, two categories as codes
        var lowerCase = labelled(IngestionTestData.penalty(c[0], c[1], prefix + "3号"));
        lowerCase.put("统一社会信用代码", c[0].substring(0, 9).toLowerCase() + " " + c[0].substring(9).toLowerCase());
        lowerCase.put("处罚类别", "01、03");
        lowerCase.put("处罚决定日期", "20220306");
        lowerCase.put("处罚有效期", "20250305");
        lowerCase.put("罚款金额（万元）", " ０.５ ");
        rows.add(lowerCase);
        // row 5: yyyy年M月d日, the party type as its code
        var chineseDate = labelled(IngestionTestData.penalty(d[0], d[1], prefix + "4号"));
        chineseDate.put("处罚决定日期", "2022年3月7日");
        chineseDate.put("处罚有效期", "2025年3月6日");
        chineseDate.put("行政相对人类别", "1");
        rows.add(chineseDate);
        // row 6: wrong check character
        var wrongCheck = labelled(IngestionTestData.penalty(RegistryTestData.withWrongCheck(a[0]), a[1], prefix + "5号"));
        rows.add(wrongCheck);
        // row 7: a valid code nobody registered
        rows.add(labelled(IngestionTestData.penalty(unknown, "瑞昌" + RegistryTestData.han(4) + "有限公司", prefix + "6号")));
        // row 8: an impossible date
        var impossible = labelled(IngestionTestData.penalty(a[0], a[1], prefix + "7号"));
        impossible.put("处罚决定日期", "2022-02-30");
        rows.add(impossible);
        // row 9: an exact duplicate of row 2
        rows.add(new LinkedHashMap<>(clean));
        // row 10: a required field missing
        var missing = labelled(IngestionTestData.penalty(b[0], b[1], prefix + "8号"));
        missing.put("违法事实", "");
        rows.add(missing);
        byte[] file = csv(MESSY_HEADER, rows, GBK, false);
        var client = http().apiKey(department[1]);

        JsonNode first = uploadAndAwait(client, "PENALTY", "处罚信息.csv", file);
        assertThat(first.get("status").asString()).as(first.toString()).isEqualTo("COMPLETED");
        assertThat(first.get("format").asString()).isEqualTo("CSV");
        assertThat(first.get("encoding").asString()).isEqualTo("GBK");
        assertThat(first.get("fileName").asString()).isEqualTo("处罚信息.csv");
        assertThat(first.get("rows").asInt()).isEqualTo(9);
        assertThat(first.get("accepted").asInt()).isEqualTo(4);
        assertThat(first.get("duplicates").asInt()).isEqualTo(1);
        assertThat(first.get("quarantined").asInt()).isEqualTo(4);
        assertThat(first.get("flagged").asInt()).isZero();
        assertThat(first.get("errorCount").asInt()).isEqualTo(4);
        var errors = first.get("errors");
        assertThat(errors).hasSize(4);
        assertError(errors.get(0), 6, "creditCode", "CREDIT_CODE_CHECK_FAILED");
        assertError(errors.get(1), 7, "creditCode", "ENTITY_NOT_FOUND_BY_CODE");
        assertError(errors.get(2), 8, "decisionDate", "DATE_IMPOSSIBLE");
        assertError(errors.get(3), 10, "facts", "REQUIRED");

        assertThat(decidedOn(a[0])).containsExactly(LocalDate.of(2022, 3, 15));
        assertThat(decidedOn(b[0])).containsExactly(LocalDate.of(2022, 3, 5));
        assertThat(decidedOn(c[0])).containsExactly(LocalDate.of(2022, 3, 6));
        assertThat(decidedOn(d[0])).containsExactly(LocalDate.of(2022, 3, 7));
        assertThat(payload(b[0], "creditCode")).isEqualTo(b[0]);
        assertThat(payload(b[0], "partyName")).isEqualTo(b[1]);
        assertThat(payload(b[0], "penaltyCategories")).isEqualTo("罚款");
        assertThat(payload(c[0], "creditCode")).isEqualTo(c[0]);
        assertThat(payload(c[0], "penaltyCategories")).isEqualTo("警告;罚款");
        assertThat(payload(c[0], "fineAmount")).isEqualTo("0.5");
        assertThat(payload(d[0], "partyType")).isEqualTo("法人及非法人组织");
        assertThat(payload(d[0], "validUntil")).isEqualTo("2025-03-06");
        long withPhone = jdbc.sql("select count(*) from ingestion.records where entity_code = any(?) and payload::text like ?")
                .params(new String[] {a[0], b[0], c[0], d[0]}, "%" + phone + "%").query(Long.class).single();
        assertThat(withPhone).as("the complainant's phone column is dropped").isZero();
        long quarantinedWithPhone = jdbc.sql("select count(*) from ingestion.quarantine where batch_id = ?"
                        + " and raw_values::text like ?").params(first.get("id").asLong(), "%" + phone + "%")
                .query(Long.class).single();
        assertThat(quarantinedWithPhone).as("nor kept in the quarantine").isZero();

        JsonNode again = uploadAndAwait(client, "PENALTY", "处罚信息.csv", file);
        assertThat(again.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(again.get("rows").asInt()).isEqualTo(9);
        assertThat(again.get("accepted").asInt()).isZero();
        assertThat(again.get("duplicates").asInt()).isEqualTo(4 + 1);
        assertThat(again.get("quarantined").asInt()).isEqualTo(4);
        assertThat(again.get("errorCount").asInt()).isEqualTo(4);
        long records = jdbc.sql("select count(*) from ingestion.records where entity_code = any(?)")
                .param(new String[] {a[0], b[0], c[0], d[0]}).query(Long.class).single();
        assertThat(records).as("no new versions").isEqualTo(4);
    }

    @Test
    void aCleanXlsxWithNationalFieldCodesAndRealDateCellsIsAllAccepted() throws IOException {
        var admin = admin();
        String[] department = IngestionTestData.department(admin, "LICENCE");
        String[] a = IngestionTestData.entity(admin);
        String[] b = IngestionTestData.entity(admin);
        String[] c = IngestionTestData.entity(admin);
        String doc = "瑞市监许〔2023〕" + RegistryTestData.han(2);
        byte[] file;
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("行政许可");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
            header(sheet.createRow(0), "XK_XDR_MC", "XK_XDR_SHXYM", "XK_XKWS", "XK_WSH", "XK_XKLB", "XK_XKZS",
                    "XK_XKBH", "XK_NR", "XK_JDRQ", "XK_YXQZ", "XK_YXQZI", "XK_XKJG", "XK_XKJGDM", "XK_ZT", "XK_LYDW",
                    "XK_LYDWDM");
            LocalDate[] decided = {LocalDate.of(2023, 4, 18), LocalDate.of(2021, 12, 31), LocalDate.of(2020, 2, 29)};
            String[][] parties = {a, b, c};
            for (int i = 0; i < 3; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(parties[i][1]);
                row.createCell(1).setCellValue(parties[i][0]);
                row.createCell(2).setCellValue("食品经营许可决定书");
                row.createCell(3).setCellValue(doc + (i + 1) + "号");
                row.createCell(4).setCellValue(1);
                row.createCell(5).setCellValue("食品经营许可证");
                row.createCell(6).setCellValue("JY13604810" + (10000 + i));
                row.createCell(7).setCellValue("预包装食品销售");
                var decision = row.createCell(8);
                decision.setCellValue(decided[i]);
                decision.setCellStyle(date);
                row.createCell(9).setCellValue(decided[i].toString());
                row.createCell(10).setCellValue(decided[i].plusYears(5).minusDays(1).toString());
                row.createCell(11).setCellValue("瑞昌市市场监督管理局");
                row.createCell(12).setCellValue(BUREAU);
                row.createCell(13).setCellValue(1);
                row.createCell(14).setCellValue("瑞昌市市场监督管理局");
                row.createCell(15).setCellValue(BUREAU);
            }
            workbook.write(out);
            file = out.toByteArray();
        }

        JsonNode batch = uploadAndAwait(http().apiKey(department[1]), "LICENCE", "许可.xlsx", file);
        assertThat(batch.get("status").asString()).as(batch.toString()).isEqualTo("COMPLETED");
        assertThat(batch.get("format").asString()).isEqualTo("XLSX");
        assertThat(batch.get("rows").asInt()).as(batch.toString()).isEqualTo(3);
        assertThat(batch.get("accepted").asInt()).as(batch.toString()).isEqualTo(3);
        assertThat(batch.get("quarantined").asInt()).isZero();
        assertThat(batch.get("errorCount").asInt()).isZero();
        assertThat(decidedOn(a[0])).containsExactly(LocalDate.of(2023, 4, 18));
        assertThat(decidedOn(b[0])).containsExactly(LocalDate.of(2021, 12, 31));
        assertThat(decidedOn(c[0])).containsExactly(LocalDate.of(2020, 2, 29));
        assertThat(payload(a[0], "decisionDate")).isEqualTo("2023-04-18");
        assertThat(payload(a[0], "licenceCategory")).isEqualTo("普通");
        assertThat(payload(a[0], "state")).isEqualTo("有效");
        assertThat(payload(c[0], "validTo")).isEqualTo("2025-02-27");
        assertThat(payload(b[0], "documentNumber")).isEqualTo(doc + "2号");
    }

    @Test
    void anXlsxWith2016AliasesAndExcelDefaultDateCellsIsAllAccepted() throws IOException {
        var admin = admin();
        String[] department = IngestionTestData.department(admin, "LICENCE");
        String[] a = IngestionTestData.entity(admin);
        String[] b = IngestionTestData.entity(admin);
        String doc = "瑞卫许〔2019〕" + RegistryTestData.han(2);
        byte[] file;
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("Sheet1");
            CellStyle excelDefault = workbook.createCellStyle();
            excelDefault.setDataFormat((short) 14);
            header(sheet.createRow(0), "XK_XDR", "XK_XDR_SHXYM", "XK_XDR_GSDJ", "XK_XDR_ZDM", "XK_FR", "XK_WSH",
                    "XK_JDRQ", "XK_XKJG");
            LocalDate[] decided = {LocalDate.of(2019, 7, 1), LocalDate.of(2016, 1, 9)};
            String[][] parties = {a, b};
            for (int i = 0; i < 2; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(parties[i][1]);
                row.createCell(1).setCellValue(parties[i][0]);
                row.createCell(2).setCellValue(parties[i][3]);
                row.createCell(3).setCellValue(parties[i][0].substring(8, 17));
                row.createCell(4).setCellValue(parties[i][2]);
                row.createCell(5).setCellValue(doc + (i + 1) + "号");
                var decision = row.createCell(6);
                decision.setCellValue(decided[i]);
                decision.setCellStyle(excelDefault);
                row.createCell(7).setCellValue("瑞昌市卫生健康委员会");
            }
            workbook.write(out);
            file = out.toByteArray();
        }

        JsonNode batch = uploadAndAwait(http().apiKey(department[1]), "LICENCE", "2016版许可.xlsx", file);
        assertThat(batch.get("status").asString()).as(batch.toString()).isEqualTo("COMPLETED");
        assertThat(batch.get("rows").asInt()).as(batch.toString()).isEqualTo(2);
        assertThat(batch.get("accepted").asInt()).as(batch.toString()).isEqualTo(2);
        assertThat(batch.get("quarantined").asInt()).isZero();
        assertThat(decidedOn(a[0])).containsExactly(LocalDate.of(2019, 7, 1));
        assertThat(decidedOn(b[0])).containsExactly(LocalDate.of(2016, 1, 9));
        assertThat(payload(a[0], "partyName")).isEqualTo(a[1]);
        assertThat(payload(a[0], "legalRepresentative")).isEqualTo(a[2]);
        assertThat(payload(a[0], "registrationNumber")).isEqualTo(a[3]);
        assertThat(payload(a[0], "organisationCode")).isEqualTo(a[0].substring(8, 17));
    }

    @Test
    void xlsxErrorsNameTheSpreadsheetRowAndBlankRowsAreSkipped() throws IOException {
        var admin = admin();
        String[] department = IngestionTestData.department(admin, "LICENCE");
        String[] a = IngestionTestData.entity(admin);
        String[] b = IngestionTestData.entity(admin);
        String doc = "瑞市监许〔2024〕" + RegistryTestData.han(2);
        byte[] file;
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("许可");
            header(sheet.createRow(0), "行政相对人名称", "统一社会信用代码", "行政许可决定文书号", "许可决定日期", "许可机关");
            sheet.createRow(1).createCell(0).setCellValue("  ");
            String[][] parties = {a, b};
            String[] dates = {"2024年1月8日", "2023-02-29"};
            for (int i = 0; i < 2; i++) {
                Row row = sheet.createRow(i + 3);
                row.createCell(0).setCellValue(parties[i][1]);
                row.createCell(1).setCellValue(parties[i][0]);
                row.createCell(2).setCellValue(doc + (i + 1) + "号");
                row.createCell(3).setCellValue(dates[i]);
                row.createCell(4).setCellValue("瑞昌市市场监督管理局");
            }
            workbook.write(out);
            file = out.toByteArray();
        }

        JsonNode batch = uploadAndAwait(http().apiKey(department[1]), "LICENCE", "rows.xlsx", file);
        assertThat(batch.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(batch.get("rows").asInt()).as(batch.toString()).isEqualTo(2);
        assertThat(batch.get("accepted").asInt()).isEqualTo(1);
        assertThat(batch.get("quarantined").asInt()).isEqualTo(1);
        assertThat(batch.get("errorCount").asInt()).as(batch.toString()).isEqualTo(1);
        assertError(batch.get("errors").get(0), 5, "decisionDate", "DATE_IMPOSSIBLE");
        assertThat(decidedOn(a[0])).containsExactly(LocalDate.of(2024, 1, 8));
        assertThat(decidedOn(b[0])).isEmpty();
    }

    @Test
    void aFileWithAHeaderAndNoRowsCompletesWithTheNoRowsWarning() {
        var admin = admin();
        String[] department = IngestionTestData.department(admin, "PENALTY");
        var header = List.copyOf(PENALTY_LABELS.values());
        JsonNode batch = uploadAndAwait(http().apiKey(department[1]), "PENALTY", "空文件.csv",
                csv(header, List.of(), StandardCharsets.UTF_8, true));
        assertThat(batch.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(batch.get("rows").asInt()).isZero();
        assertThat(batch.get("warningCode").asString()).isEqualTo("NO_ROWS");
        assertThat(batch.get("warningMessage").asString()).contains("没有数据行");

        var listed = Json.parse(admin.get("/api/v1/ingest/batches?department=" + department[0]).body());
        assertThat(listed.get("items").get(0).get("warningCode").asString()).isEqualTo("NO_ROWS");
        var session = http();
        assertThat(session.signIn("admin", ADMIN_PASSWORD).statusCode()).isEqualTo(302);
        assertThat(session.get("/workbench/ingestion/batches/" + batch.get("id").asLong()).body())
                .contains("id=\"batch-warning\"").contains("没有数据行");
    }

    @Test
    void aChangedRowSentAgainInAFileBecomesVersionTwoAndTheUnchangedOneADuplicate() {
        var admin = admin();
        String[] department = IngestionTestData.department(admin, "PENALTY");
        String[] a = IngestionTestData.entity(admin);
        String[] b = IngestionTestData.entity(admin);
        String prefix = "瑞市监罚〔2023〕" + RegistryTestData.han(2);
        var first = labelled(IngestionTestData.penalty(a[0], a[1], prefix + "1号"));
        var second = labelled(IngestionTestData.penalty(b[0], b[1], prefix + "2号"));
        var header = new ArrayList<>(first.keySet());
        var client = http().apiKey(department[1]);

        JsonNode original = uploadAndAwait(client, "PENALTY", "penalties.csv", csv(header, List.of(first, second),
                StandardCharsets.UTF_8, true));
        assertThat(original.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(original.get("encoding").asString()).isEqualTo("UTF-8-BOM");
        assertThat(original.get("accepted").asInt()).isEqualTo(2);

        second.put("处罚内容", "警告并处罚款8000元");
        second.put("罚款金额（万元）", "0.8");
        JsonNode changed = uploadAndAwait(client, "PENALTY", "penalties.csv", csv(header, List.of(first, second),
                StandardCharsets.UTF_8, true));
        assertThat(changed.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(changed.get("rows").asInt()).isEqualTo(2);
        assertThat(changed.get("accepted").asInt()).isEqualTo(1);
        assertThat(changed.get("duplicates").asInt()).isEqualTo(1);
        assertThat(changed.get("quarantined").asInt()).isZero();

        var versions = jdbc.sql("select version, current, payload->>'fineAmount' from ingestion.records"
                        + " where entity_code = ? order by version")
                .param(b[0]).query((rs, n) -> rs.getInt(1) + ":" + rs.getBoolean(2) + ":" + rs.getString(3)).list();
        assertThat(versions).containsExactly("1:false:0.5", "2:true:0.8");
        long batchOfVersion2 = jdbc.sql("select batch_id from ingestion.records where entity_code = ? and version = 2")
                .param(b[0]).query(Long.class).single();
        assertThat(batchOfVersion2).isEqualTo(changed.get("id").asLong());
        assertThat(jdbc.sql("select count(*) from ingestion.records where entity_code = ?").param(a[0])
                .query(Long.class).single()).as("the unchanged row keeps one version").isEqualTo(1);
    }

    @Test
    void anUploadsFileNameIsStoredWithoutBidiInvisibleOrPathCharacters() {
        String[] department = IngestionTestData.department(admin(), "PENALTY");
        String csv = "行政相对人名称,行政相对人类别,统一社会信用代码,行政处罚决定书文号,违法行为类型,违法事实,处罚依据,处罚类别,"
                + "处罚内容,罚款金额（万元）,处罚决定日期,处罚有效期,处罚机关,处罚机关统一社会信用代码,数据来源单位,"
                + "数据来源单位统一社会信用代码\r\n";
        var response = upload(http().apiKey(department[1]), "PENALTY", null,
                "../tmp/\u202Ecod.exe处罚\u200B信息\u2066.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        long id = Json.parse(response.body()).get("id").asLong();
        String stored = jdbc.sql("select file_name from ingestion.batches where id = ?").param(id)
                .query(String.class).single();
        assertThat(stored).isEqualTo("cod.exe处罚信息.csv");
    }

    private static void assertError(JsonNode error, int row, String field, String code) {
        assertThat(error.get("row").asInt()).as(error.toString()).isEqualTo(row);
        assertThat(error.get("field").asString()).as(error.toString()).isEqualTo(field);
        assertThat(error.get("code").asString()).as(error.toString()).isEqualTo(code);
        assertThat(error.get("quarantineId").asLong()).isPositive();
        String message = error.get("message").asString();
        assertThat(message).as(error.toString()).isNotBlank().matches(HAN).doesNotContain(code);
    }

    private List<LocalDate> decidedOn(String code) {
        return jdbc.sql("select decided_on from ingestion.records where entity_code = ?").param(code)
                .query(LocalDate.class).list();
    }

    private String payload(String code, String field) {
        return jdbc.sql("select payload->>? from ingestion.records where entity_code = ? and current")
                .params(field, code).query(String.class).single();
    }

    /** A penalty by English field name, keyed by the national labels instead. */
    private static Map<String, String> labelled(Map<String, String> penalty) {
        var row = new LinkedHashMap<String, String>();
        penalty.forEach((field, value) -> row.put(PENALTY_LABELS.get(field), value));
        row.put("*行政相对人名称", row.remove("行政相对人名称"));
        row.put(" 违法行为类型 ", row.remove("违法行为类型"));
        return row;
    }

    private static String fullWidth(String text) {
        var out = new StringBuilder();
        text.chars().forEach(ch -> out.append(Character.isLetterOrDigit(ch) && ch < 128 ? (char) (ch + 0xFEE0) : (char) ch));
        return out.toString();
    }

    private static void header(Row row, String... names) {
        for (int i = 0; i < names.length; i++) {
            row.createCell(i).setCellValue(names[i]);
        }
    }

    /** CSV text with CRLF line ends, cells quoted when they need it. */
    static byte[] csv(List<String> header, List<? extends Map<String, String>> rows, Charset charset, boolean bom) {
        var text = new StringBuilder();
        text.append(String.join(",", header.stream().map(IngestApiFilesTest::cell).toList())).append("\r\n");
        for (var row : rows) {
            text.append(String.join(",", header.stream().map(h -> cell(row.getOrDefault(h, ""))).toList()))
                    .append("\r\n");
        }
        var out = new ByteArrayOutputStream();
        try {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(text.toString().getBytes(charset));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String cell(String value) {
        if (value == null) {
            return "";
        }
        return value.contains(",") || value.contains("\"") || value.contains("\n")
                ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
