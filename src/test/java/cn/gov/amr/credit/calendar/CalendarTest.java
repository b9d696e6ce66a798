package cn.gov.amr.credit.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.audit.model.AuditQuery;
import cn.gov.amr.credit.identity.ApiKeys;
import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.platform.TodoSource;
import cn.gov.amr.credit.platform.WorkbenchTodo;
import cn.gov.amr.credit.shared.LegalTime;
import cn.gov.amr.credit.support.Fixtures;
import cn.gov.amr.credit.support.CallerClients;
import cn.gov.amr.credit.support.CallerClients.Caller;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/**
 * The calendar on the real database: the shipped 2026 and 2027, the import of a notice (good, bad rows
 * refused whole), the JSON replacement, the cache refreshed after a change, the page, and who may do what.
 * Each test changes its own year (2030 and later) so that the shipped years stay as shipped.
 */
class CalendarTest extends PlatformIntegrationTest {

    private static final Charset GBK = Charset.forName("GBK");

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiKeys keys;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    AuditLog audit;

    @Autowired
    List<TodoSource> todoSources;

    @Autowired
    Clock clock;

    private CallerClients callers;

    @BeforeEach
    void callers() {
        callers = new CallerClients(this::http, accounts, keys);
    }

    private JsonNode year(int year) {
        var response = callers.client(Caller.OFFICER, false).get("/api/v1/calendar/" + year);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    private static List<String> texts(JsonNode array) {
        var texts = new ArrayList<String>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    @Test
    void twentyTwentySixIsShippedFromTheStateCouncilNotice() {
        var year = year(2026);
        assertThat(year.path("year").asInt()).isEqualTo(2026);
        assertThat(year.path("noticeImported").asBoolean()).isTrue();
        assertThat(year.path("holidays")).hasSize(33);
        assertThat(texts(year.path("holidays"))).contains("2026-01-01", "2026-02-15", "2026-02-23", "2026-04-06",
                "2026-05-05", "2026-06-19", "2026-09-25", "2026-10-07").doesNotContain("2026-10-08");
        assertThat(texts(year.path("workingWeekends"))).containsExactly("2026-01-04", "2026-02-14", "2026-02-28",
                "2026-05-09", "2026-09-20", "2026-10-10");
        assertThat(year.path("workingDays").asInt()).isEqualTo(248);
        assertThat(year.path("notice").path("importedBy").asString()).isEqualTo("system");
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 10)).isEqualTo(LocalDate.of(2026, 3, 5));
    }

    @Test
    void twentyTwentySevenIsShippedAsWeekendsOnlyAndFlagged() {
        var year = year(2027);
        assertThat(year.path("noticeImported").asBoolean()).isFalse();
        assertThat(year.path("holidays")).isEmpty();
        assertThat(year.path("workingWeekends")).isEmpty();
        assertThat(year.path("workingDays").asInt()).isEqualTo(261);
        assertThat(year.path("notice").isNull()).isTrue();
        assertThat(calendar.yearsWithoutNotice()).contains(2027).doesNotContain(2026);
    }

    @Test
    void aGoodNoticeInGbkIsImportedAuditedAndCountedAtOnce() {
        var holiday = LocalDate.of(2030, 10, 1);
        assertThat(calendar.isWorkingDay(holiday)).as("a Tuesday before the import").isTrue();
        byte[] file = "日期,类型,说明\n2030-10-01,放假,国庆节\n\n2030/10/2,放假,国庆节\n2030-10-12,上班,国庆节调休上班\n"
                .getBytes(GBK);
        var response = callers.client(Caller.ADMIN, false).postFile("/api/v1/calendar/2030/notice-file",
                Map.of("title", "2030年部分节假日安排"), "2030.csv", file);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);

        var year = year(2030);
        assertThat(year.path("noticeImported").asBoolean()).isTrue();
        assertThat(texts(year.path("holidays"))).containsExactly("2030-10-01", "2030-10-02");
        assertThat(texts(year.path("workingWeekends"))).containsExactly("2030-10-12");
        assertThat(year.path("workingDays").asInt()).isEqualTo(261 - 2 + 1);
        assertThat(year.path("notice").path("title").asString()).isEqualTo("2030年部分节假日安排");
        assertThat(year.path("days").get(0).path("note").asString()).isEqualTo("国庆节");
        assertThat(calendar.isWorkingDay(holiday)).as("the cache is refreshed after the change").isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 10, 12))).isTrue();
        var entries = audit.search(new AuditQuery("admin", "CALENDAR_NOTICE_REPLACED", "calendar:2030", null, null,
                1, 10));
        assertThat(entries.items()).isNotEmpty();

        byte[] bad = "日期,类型,说明\n2030-10-03,放假,\n2030-13-01,放假,\n".getBytes(StandardCharsets.UTF_8);
        var refused = callers.client(Caller.ADMIN, false).postFile("/api/v1/calendar/2030/notice-file", Map.of(),
                "bad.csv", bad);
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(texts(year(2030).path("holidays"))).as("a refused notice leaves the year as it was")
                .containsExactly("2030-10-01", "2030-10-02");
    }

    @Test
    void badRowsAreRefusedWithACodeEachAndNothingIsApplied() {
        byte[] file = ("\uFEFF日期,类型,说明\n2031-03-02,放假,\n2031-02-30,放假,\n2030-12-31,放假,\n2031-03-02,放假,\n"
                + "2031-03-03,休息,\n2031-03-07,上班,\n,放假,\n").getBytes(StandardCharsets.UTF_8);
        var response = callers.client(Caller.ADMIN, false).postFile("/api/v1/calendar/2031/notice-file", Map.of(),
                "2031.csv", file);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        var problem = Json.parse(response.body());
        assertThat(problem.path("code").asString()).isEqualTo("INVALID_NOTICE");
        var errors = new ArrayList<String>();
        problem.path("errors").forEach(e -> errors.add(e.path("field").asString() + " " + e.path("code").asString()));
        assertThat(errors).containsExactly(
                "$.rows[3].date NOTICE_DATE_INVALID",
                "$.rows[4].date NOTICE_DATE_OUTSIDE_YEAR",
                "$.rows[5].date NOTICE_DATE_DUPLICATE",
                "$.rows[6].type NOTICE_DAY_TYPE_INVALID",
                "$.rows[7].type NOTICE_WORKING_DAY_NOT_WEEKEND",
                "$.rows[8].date NOTICE_DATE_REQUIRED");
        assertThat(problem.path("errors").get(2).path("message").asString()).isEqualTo(
                "第 5 行：日期 2031-03-02 已在第 2 行列出。");
        assertThat(problem.path("detail").asString()).contains("6 处错误");

        var year = year(2031);
        assertThat(year.path("noticeImported").asBoolean()).isFalse();
        assertThat(year.path("holidays")).as("not even the good row is applied").isEmpty();
        assertThat(calendar.isWorkingDay(LocalDate.of(2031, 3, 3))).isTrue();
    }

    @Test
    void aFileThatIsNotTheNoticeTableIsUnprocessable() {
        var admin = callers.client(Caller.ADMIN, false);
        var missing = admin.postFile("/api/v1/calendar/2031/notice-file", Map.of(), "x.csv",
                "day,kind\n2031-01-01,HOLIDAY\n".getBytes(StandardCharsets.UTF_8));
        assertThat(missing.statusCode()).isEqualTo(422);
        assertThat(Json.parse(missing.body()).path("code").asString()).isEqualTo("NOTICE_COLUMNS_MISSING");
        assertThat(Json.parse(missing.body()).path("detail").asString()).contains("日期", "类型");
        var noFile = admin.send("POST", "/api/v1/calendar/2031/notice-file", null);
        assertThat(noFile.statusCode()).isEqualTo(400);
    }

    @Test
    void anXlsxNoticeWithDateCellsIsImported() throws IOException {
        byte[] file;
        try (var workbook = new XSSFWorkbook(); var out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("2032");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("日期");
            header.createCell(1).setCellValue("类型");
            header.createCell(2).setCellValue("说明");
            var row = sheet.createRow(1);
            var date = row.createCell(0);
            date.setCellValue(LocalDate.of(2032, 1, 1));
            var style = workbook.createCellStyle();
            style.setDataFormat(workbook.createDataFormat().getFormat("yyyy/m/d"));
            date.setCellStyle(style);
            row.createCell(1).setCellValue("放假");
            row.createCell(2).setCellValue("元旦");
            workbook.write(out);
            file = out.toByteArray();
        }
        var response = callers.client(Caller.ADMIN, false).postFile("/api/v1/calendar/2032/notice-file", Map.of(),
                "2032.xlsx", file);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(texts(Json.parse(response.body()).path("holidays"))).containsExactly("2032-01-01");
    }

    @Test
    void aJsonTableReplacesTheYearAndABadDayIsNamedByItsPath() {
        var admin = callers.client(Caller.ADMIN, false);
        var bad = admin.putJson("/api/v1/calendar/2033", """
                {"days":[{"date":"2033-05-02","type":"HOLIDAY"},{"date":"2033-05-06","type":"WORKING_WEEKEND"}]}""");
        assertThat(bad.statusCode()).isEqualTo(400);
        var error = Json.parse(bad.body()).path("errors").get(0);
        assertThat(error.path("field").asString()).isEqualTo("$.days[1].type");
        assertThat(error.path("code").asString()).isEqualTo("NOTICE_WORKING_DAY_NOT_WEEKEND");

        var good = admin.putJson("/api/v1/calendar/2033", """
                {"title":"2033","reference":"国办发明电〔2032〕1号","days":[
                 {"date":"2033-05-02","type":"HOLIDAY","note":"劳动节"},
                 {"date":"2033-05-07","type":"WORKING_WEEKEND","note":"劳动节调休上班"}]}""");
        assertThat(good.statusCode()).as(good.body()).isEqualTo(200);
        var year = Json.parse(good.body());
        assertThat(year.path("notice").path("reference").asString()).isEqualTo("国办发明电〔2032〕1号");
        assertThat(texts(year.path("workingWeekends"))).containsExactly("2033-05-07");
        assertThat(calendar.addWorkingDays(LocalDate.of(2033, 4, 29), 1)).isEqualTo(LocalDate.of(2033, 5, 3));
    }

    @Test
    void adminIsToldOfTheYearsWhoseNoticeIsMissing() {
        var today = LegalTime.today(clock);
        var expected = calendar.yearsWithoutNotice().stream().filter(y -> y == today.getYear()
                || (today.getMonthValue() >= 11 && y == today.getYear() + 1)).toList();
        try {
            signIn("admin", "ROLE_ADMIN");
            var todos = calendarTodos();
            assertThat(todos.stream().mapToLong(WorkbenchTodo::count).sum()).isEqualTo(expected.size());
            todos.forEach(todo -> {
                assertThat(todo.messageKey()).isEqualTo("calendar.todo.notImported");
                assertThat(todo.href()).startsWith("/workbench/calendar");
            });
            if (today.getYear() == 2026 && today.getMonthValue() >= 11) {
                assertThat(todos).singleElement().satisfies(todo -> {
                    assertThat(todo.count()).as("2027 is shipped without its notice").isEqualTo(1);
                    assertThat(todo.href()).isEqualTo("/workbench/calendar?year=2027");
                    assertThat(todo.urgent()).isFalse();
                });
            }
            signIn(Fixtures.user(accounts, Role.OFFICER), "ROLE_OFFICER");
            assertThat(calendarTodos()).as("officers do not import notices").isEmpty();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private List<WorkbenchTodo> calendarTodos() {
        return todoSources.stream().flatMap(source -> source.todos().stream())
                .filter(todo -> todo.module().equals("calendar")).toList();
    }

    private static void signIn(String user, String role) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user,
                null, List.of(new SimpleGrantedAuthority(role))));
    }

    @Test
    void everySignedInCallerReadsButOnlyAdminChanges() {
        assertThat(callers.client(Caller.DEPARTMENT, false).get("/api/v1/calendar/2026").statusCode()).isEqualTo(200);
        assertThat(callers.client(Caller.AUDITOR, false).get("/api/v1/calendar/2026").statusCode()).isEqualTo(200);
        assertThat(callers.client(Caller.ANONYMOUS, false).get("/api/v1/calendar/2026").statusCode()).isEqualTo(401);
        var body = "{\"days\":[{\"date\":\"2034-01-02\",\"type\":\"HOLIDAY\"}]}";
        assertThat(callers.client(Caller.OFFICER, false).putJson("/api/v1/calendar/2034", body).statusCode())
                .isEqualTo(403);
        assertThat(callers.client(Caller.DEPARTMENT, false).putJson("/api/v1/calendar/2034", body).statusCode())
                .isEqualTo(403);
        assertThat(year(2034).path("noticeImported").asBoolean()).isFalse();
        assertThat(callers.client(Caller.OFFICER, false).get("/api/v1/calendar/1999").statusCode()).isEqualTo(400);
    }

    @Test
    void thePageShowsTheMonthsTheBannerAndTheExport() throws IOException {
        var officer = callers.client(Caller.OFFICER, true);
        var page = officer.get("/workbench/calendar?year=2027");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("2027 年工作日历", "2027 年放假安排通知尚未导入", "month-12")
                .doesNotContain("import-form", "quiet-form");
        var shipped = officer.get("/workbench/calendar?year=2026");
        assertThat(shipped.body()).contains("day-holiday", "day-working-weekend", "data-date=\"2026-02-14\"", "国庆节")
                .doesNotContain("notice-missing");

        var export = officer.getBytes("/workbench/calendar/2026/days.xlsx");
        assertThat(export.statusCode()).isEqualTo(200);
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(export.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("日期");
            assertThat(sheet.getLastRowNum()).isEqualTo(33 + 6);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("放假");
        }
    }

    @Test
    void adminImportsOnThePageAndKeepsQuietDays() {
        var admin = callers.client(Caller.ADMIN, true);
        String token = admin.csrfToken("/workbench/calendar?year=2035");
        var bad = admin.postFile("/workbench/calendar/2035/notice-file", Map.of("_csrf", token), "bad.csv",
                "日期,类型\n2035-01-01,放\n".getBytes(StandardCharsets.UTF_8));
        assertThat(bad.statusCode()).isEqualTo(302);
        assertThat(admin.get("/workbench/calendar?year=2035").body()).contains("import-errors", "第 2 行");

        var good = admin.postFile("/workbench/calendar/2035/notice-file", Map.of("_csrf", token), "good.csv",
                "日期,类型\n2035-01-01,放假\n".getBytes(StandardCharsets.UTF_8));
        assertThat(good.statusCode()).isEqualTo(302);
        assertThat(admin.get("/workbench/calendar?year=2035").body()).contains("import-done")
                .doesNotContain("notice-missing");

        var added = admin.postForm("/workbench/calendar/quiet-days", Map.of("_csrf", token, "date", "2035-03-15",
                "jurisdiction", "PENCHENG", "note", "quiet"));
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(admin.get("/workbench/calendar?year=2035").body()).contains("quiet-added", "day-workday quiet");
        long id = calendar.year(2035).quietDays().get(0).id();
        assertThat(calendar.year(2035).quietDays().get(0).jurisdiction()).isEqualTo("PENCHENG");
        var again = admin.postForm("/workbench/calendar/quiet-days", Map.of("_csrf", token, "date", "2035-03-15",
                "jurisdiction", "PENCHENG", "year", "2035"));
        assertThat(again.statusCode()).isEqualTo(302);
        assertThat(admin.get("/workbench/calendar?year=2035").body()).contains("quiet-errors", "2035-03-15 已是该辖区的安静生产日");

        var removed = admin.postForm("/workbench/calendar/quiet-days/" + id + "/removal?year=2035",
                Map.of("_csrf", token));
        assertThat(removed.statusCode()).isEqualTo(302);
        assertThat(calendar.year(2035).quietDays()).isEmpty();
    }
}
