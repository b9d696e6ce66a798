package cn.gov.amr.credit.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;

import cn.gov.amr.credit.disclosure.application.BulkFiles;
import cn.gov.amr.credit.ingestion.IngestionTestData;
import cn.gov.amr.credit.lists.AbnormalGround;
import cn.gov.amr.credit.lists.AbnormalListingDecision;
import cn.gov.amr.credit.lists.DishonestField;
import cn.gov.amr.credit.lists.ListDecisions;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.RemovalDecision;
import cn.gov.amr.credit.lists.SeriousDishonestDecision;
import cn.gov.amr.credit.registry.RegistryTestData;
import cn.gov.amr.credit.shared.LegalTime;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.Zips;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;

/**
 * A list decision shows on every public surface (issue 12, point 7): on the report (section and mark) and as
 * a mark in public search at once (read live), in the change feed (LISTS) and in the next bulk file; a
 * removed listing leaves them (the default policy hides removed abnormal listings; a removed serious
 * dishonest listing is never public); texts are masked.
 */
class ListsOnPublicSurfacesTest extends PlatformIntegrationTest {

    private static final String ID_NUMBER = "11010519491231002X";
    private static final String AUTHORITY = "瑞昌市市场监督管理局";

    @Autowired
    private ListDecisions decisions;
    @Autowired
    private BulkFiles bulkFiles;

    private final LocalDate today = LegalTime.today(Clock.systemUTC());

    @Test
    void anAbnormalListingShowsOnTheReportAndInSearchAtOnceAndLeavesThemOnRemoval() {
        String cursor = FeedPages.drain(http(), "").cursor();
        String[] entity = IngestionTestData.entity(http().basic("admin", ADMIN_PASSWORD));
        String documentNumber = documentNumber("瑞市监异列");

        Listing listing = asAdmin(() -> decisions.listAbnormal(new AbnormalListingDecision(entity[0],
                AbnormalGround.ADDRESS_UNREACHABLE, today, documentNumber, AUTHORITY, null)));
        long decided = System.nanoTime();
        JsonNode report = report(entity[0]);
        JsonNode search = Json.parse(http().get("/api/v1/public/entities?q=" + entity[0]).body()).get("items").get(0);
        assertThat(Duration.ofNanos(System.nanoTime() - decided)).as("read live").isLessThan(Duration.ofSeconds(1));

        assertThat(report.get("abnormalListings")).hasSize(1);
        JsonNode item = report.get("abnormalListings").get(0);
        assertThat(item.get("id").asString()).as("opaque, not the listing's number").matches("[0-9a-f]{24}");
        assertThat(item.get("documentNumber").asString()).isEqualTo(documentNumber);
        assertThat(item.get("date").asString()).isEqualTo(today.toString());
        assertThat(item.get("department").asString()).isEqualTo(AUTHORITY);
        assertThat(item.get("fields").get("list").asString()).isEqualTo("ABNORMAL");
        assertThat(item.get("fields").get("ground").asString()).isEqualTo("ADDRESS_UNREACHABLE");
        assertThat(item.get("fields").get("groundLabel").asString()).isNotBlank().isNotEqualTo("ADDRESS_UNREACHABLE");
        assertThat(report.get("entity").get("abnormal").asBoolean()).isTrue();
        assertThat(report.get("seriousDishonestListings")).isEmpty();
        assertThat(search.get("abnormal").asBoolean()).isTrue();
        assertThat(search.get("seriouslyDishonest").asBoolean()).isFalse();
        String page = http().get("/report/" + entity[0]).body();
        assertThat(page).contains("id=\"abnormalListings\"").contains(documentNumber).contains("经营异常名录")
                .contains(item.get("fields").get("groundLabel").asString()).doesNotContain(">ADDRESS_UNREACHABLE<");
        assertThat(listsChangesAfter(cursor, entity[0])).contains("REGISTRY", "LISTS");

        String feedBeforeRemoval = FeedPages.drain(http(), "").cursor();
        asAdmin(() -> decisions.removeAbnormal(listing.id(),
                new RemovalDecision("已在登记的住所恢复联系", today, documentNumber("瑞市监异移"))));
        JsonNode after = report(entity[0]);
        assertThat(after.get("abnormalListings")).as("hidden once removed (policy since 2025)").isEmpty();
        assertThat(after.get("entity").get("abnormal").asBoolean()).isFalse();
        assertThat(Json.parse(http().get("/api/v1/public/entities?q=" + entity[0]).body()).get("items").get(0)
                .get("abnormal").asBoolean()).isFalse();
        assertThat(listsChangesAfter(feedBeforeRemoval, entity[0])).as("the removal").contains("LISTS");
    }

    @Test
    void aSeriousDishonestListingIsPublicWhileInForceWithItsFieldAndPenalty() {
        String[] entity = IngestionTestData.entity(http().basic("admin", ADMIN_PASSWORD));
        String penalty = documentNumber("瑞市监罚");
        Listing listing = asAdmin(() -> decisions.listSeriousDishonest(new SeriousDishonestDecision(entity[0],
                DishonestField.FOOD_SAFETY, today, documentNumber("瑞市监严列"), AUTHORITY, penalty, null, null)));

        JsonNode report = report(entity[0]);
        assertThat(report.get("seriousDishonestListings")).hasSize(1);
        JsonNode fields = report.get("seriousDishonestListings").get(0).get("fields");
        assertThat(fields.get("field").asString()).isEqualTo("FOOD_SAFETY");
        assertThat(fields.get("penaltyDocumentNumber").asString()).isEqualTo(penalty);
        assertThat(report.get("entity").get("seriouslyDishonest").asBoolean()).isTrue();
        assertThat(Json.parse(http().get("/api/v1/public/entities?q=" + entity[0]).body()).get("items").get(0)
                .get("seriouslyDishonest").asBoolean()).isTrue();
        assertThat(http().get("/report/" + entity[0]).body()).contains("id=\"seriousDishonestListings\"")
                .contains(penalty).contains(fields.get("fieldLabel").asString());

        asAdmin(() -> decisions.removeSeriousDishonest(listing.id(),
                new RemovalDecision("行政处罚决定被撤销", today, documentNumber("瑞市监严移"))));
        JsonNode after = report(entity[0]);
        assertThat(after.get("seriousDishonestListings")).isEmpty();
        assertThat(after.get("entity").get("seriouslyDishonest").asBoolean()).isFalse();
    }

    @Test
    void anIndividualBusinesssAbnormalStateShowsInTheAbnormalSectionSayingItIsTheState() {
        var admin = http().basic("admin", ADMIN_PASSWORD);
        String code = RegistryTestData.creditCode('2');
        var created = admin.postJson("/api/v1/entities", RegistryTestData.json(RegistryTestData.entity(code,
                "瑞昌市" + RegistryTestData.han(3) + "小吃店", "INDIVIDUAL_BUSINESS", "PENCHENG")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        asAdmin(() -> decisions.markAbnormalState(new AbnormalListingDecision(code,
                AbnormalGround.ADDRESS_UNREACHABLE, today, documentNumber("瑞市监个异"), null, null)));

        JsonNode report = report(code);
        assertThat(report.get("abnormalListings")).hasSize(1);
        assertThat(report.get("abnormalListings").get(0).get("fields").get("list").asString()).isEqualTo("ABNORMAL_STATE");
        assertThat(report.get("entity").get("abnormal").asBoolean()).isTrue();
        String page = http().get("/report/" + code).body();
        assertThat(page).contains("id=\"abnormalListings\"").contains("经营异常状态");
    }

    @Test
    void theNextBulkFileHasTheListingAndTheMarkAndTextsAreMaskedEverywhere() {
        String[] entity = IngestionTestData.entity(http().basic("admin", ADMIN_PASSWORD));
        String documentNumber = documentNumber("瑞市监异列");
        String authority = AUTHORITY + "（经办人身份证号" + ID_NUMBER + "）";
        asAdmin(() -> decisions.listAbnormal(new AbnormalListingDecision(entity[0],
                AbnormalGround.FALSE_INFORMATION, today, documentNumber, authority, null)));

        var file = bulkFiles.generate(today);
        var out = new java.io.ByteArrayOutputStream();
        bulkFiles.send(file.day(), f -> out);
        var texts = Zips.texts(out.toByteArray());
        var listings = csv(texts.get("abnormalListings.csv"));
        assertThat(listings.get(0).toList()).startsWith("entityCode", "documentNumber", "date", "department", "list");
        var ours = listings.stream().filter(r -> r.get(0).equals(entity[0])).toList();
        assertThat(ours).hasSize(1);
        assertThat(ours.get(0).get(1)).isEqualTo(documentNumber);
        assertThat(ours.get(0).toList()).contains("ABNORMAL", "FALSE_INFORMATION");
        var entityRow = csv(texts.get("entities.csv")).stream().filter(r -> r.get(0).equals(entity[0])).findFirst()
                .orElseThrow();
        assertThat(entityRow.get(10)).as("abnormal").isEqualTo("true");
        assertThat(entityRow.get(11)).as("seriouslyDishonest").isEqualTo("false");

        String surfaces = String.join("\n", texts.values()) + http().get("/api/v1/public/entities/" + entity[0]).body()
                + http().get("/report/" + entity[0]).body() + http().get("/report/" + entity[0] + "/print").body();
        assertThat(surfaces).doesNotContain(ID_NUMBER).doesNotContain("19491231").contains("110105********002X");
    }

    private JsonNode report(String code) {
        var response = http().get("/api/v1/public/entities/" + code);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.parse(response.body());
    }

    /** Runs a decision as the administrator (decisions are made by a signed-in officer). */
    private static <T> T asAdmin(Supplier<T> decision) {
        var context = SecurityContextHolder.getContext();
        var previous = context.getAuthentication();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            return decision.get();
        } finally {
            context.setAuthentication(previous);
        }
    }

    private static String documentNumber(String prefix) {
        return prefix + "〔2026〕" + ThreadLocalRandom.current().nextInt(10_000, 99_999) + "号";
    }

    /** The feed's reasons for the entity after the cursor, once LISTS is among them (appended after commit: up to 5 s). */
    private List<String> listsChangesAfter(String cursor, String entityCode) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(5));
        List<String> reasons;
        do {
            reasons = FeedPages.drain(http(), cursor).reasonsFor(entityCode);
        } while (!reasons.contains("LISTS") && Instant.now().isBefore(deadline));
        return reasons;
    }

    private static List<CSVRecord> csv(String text) {
        try {
            return CSVFormat.RFC4180.parse(new StringReader(text)).getRecords();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
