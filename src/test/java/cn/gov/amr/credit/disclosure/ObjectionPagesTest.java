package cn.gov.amr.credit.disclosure;

import static cn.gov.amr.credit.ingestion.IngestionTestData.penalty;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.regex.Pattern;

import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.ingestion.IngestionTestData;
import cn.gov.amr.credit.support.Fixtures;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.TestHttp;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The pages of an objection: a person viewing a report objects to a record from it (a blank reason is
 * answered on the form), the record then shows "under objection"; a reviewer sees it, with the contact,
 * in the queue and answers it there; an officer may not.
 */
class ObjectionPagesTest extends PlatformIntegrationTest {

    private static final Pattern RAISED = Pattern.compile("编号 (\\d+)");
    private static final Pattern RECORD_LINK = Pattern.compile("/objection\\?record=([0-9a-f]{24})");

    @Autowired
    UserAccounts accounts;

    @Test
    void aPersonObjectsFromTheReportAndAReviewerAnswersInTheQueue() {
        var admin = http().basic("admin", ADMIN_PASSWORD);
        String[] department = IngestionTestData.department(admin, "PENALTY");
        String[] entity = IngestionTestData.entity(admin);
        String document = "瑞市监罚〔2026〕5101号";
        var row = penalty(entity[0], entity[1], document);
        row.put("decisionDate", java.time.LocalDate.now().minusDays(5).toString());
        row.put("validUntil", java.time.LocalDate.now().plusYears(1).toString());
        row.put("fineAmount", "20");
        IngestionTestData.pushAndAwait(http().apiKey(department[1]), "PENALTY", List.of(row));

        var person = http().header("X-Forwarded-For", "198.51.100.21");
        String report = person.get("/report/" + entity[0]).body();
        var link = RECORD_LINK.matcher(report);
        assertThat(link.find()).as("the record's objection link, by its public id").isTrue();
        String formPath = "/report/" + entity[0] + "/objection?record=" + link.group(1);
        assertThat(report).contains("提出异议");
        String form = person.get(formPath).body();
        assertThat(form).contains(document).contains("name=\"reason\"").contains("name=\"contact\"");

        var blank = new LinkedHashMap<String, String>();
        blank.put("_csrf", person.csrfToken(formPath));
        blank.put("reason", " ");
        blank.put("contact", "13700137000");
        var refused = person.postForm(formPath, blank);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"reason-error\"").contains("此项必填");

        var filled = new LinkedHashMap<>(blank);
        filled.put("_csrf", person.csrfToken(formPath));
        filled.put("reason", "处罚决定已被复议撤销");
        var raised = person.postForm(formPath, filled);
        assertThat(raised.statusCode()).isEqualTo(200);
        var number = RAISED.matcher(raised.body());
        assertThat(number.find()).as(raised.body()).isTrue();
        String id = number.group(1);
        assertThat(person.get("/report/" + entity[0]).body()).contains("异议处理中").doesNotContain("13700137000");

        var reviewer = signedIn(Role.REVIEWER);
        String queue = reviewer.get("/workbench/objections").body();
        assertThat(queue).contains("id=\"objection-" + id + "\"").contains("处罚决定已被复议撤销").contains("13700137000");
        var answer = new LinkedHashMap<String, String>();
        answer.put("_csrf", reviewer.csrfToken("/workbench/objections"));
        answer.put("decision", "REJECTED");
        answer.put("answer", "经核查，复议维持原处罚决定。");
        var answered = reviewer.postForm("/workbench/objections/" + id + "/answer", answer);
        assertThat(answered.statusCode()).isEqualTo(302);
        assertThat(reviewer.get("/workbench/objections").body()).contains("异议 " + id + " 已答复")
                .doesNotContain("id=\"objection-" + id + "\"");
        assertThat(reviewer.get("/workbench/objections?status=REJECTED").body())
                .contains("id=\"objection-" + id + "\"").contains("经核查，复议维持原处罚决定。");
        assertThat(person.get("/report/" + entity[0]).body()).doesNotContain("异议处理中");

        assertThat(signedIn(Role.OFFICER).get("/workbench/objections").statusCode()).isEqualTo(403);
    }

    private TestHttp signedIn(Role role) {
        var session = http();
        assertThat(session.signIn(Fixtures.user(accounts, role), Fixtures.PASSWORD).statusCode()).isEqualTo(302);
        return session;
    }
}
