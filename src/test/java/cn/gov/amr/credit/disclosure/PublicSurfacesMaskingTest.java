package cn.gov.amr.credit.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.gov.amr.credit.disclosure.application.PublicCredit;
import cn.gov.amr.credit.ingestion.IngestionTestData;
import cn.gov.amr.credit.registry.RegistryTestData;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.Spellings;
import cn.gov.amr.credit.support.TestHttp;
import cn.gov.amr.credit.support.Zips;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The masking rule of issue 10 over every public surface: valid ID numbers and mobile numbers, spelled at
 * random (separators of random kinds between groups of random sizes, invisible characters, full-width
 * digits, Latin letters glued on, +86 and its cousins), are written into random fields of entities (name,
 * address, business scope, legal representative, authority), of records pushed by a department, of list decisions
 * (document number, content, basis, licence number …). None of them can be read — once every character that
 * is neither a letter nor a digit is taken out — on the report (JSON and page), the print view, an issued
 * report, the search (API and page), the objection form, the change feed or the bulk file.
 */
class PublicSurfacesMaskingTest extends PlatformIntegrationTest {

    private static final int ENTITIES = 4;

    @Autowired
    PublicCredit credit;

    /** Where a number is written: an entity's field or a record's. */
    private enum Slot {
        NAME, ADDRESS, SCOPE, REPRESENTATIVE, AUTHORITY, PENALTY_DOCUMENT, PENALTY_CONTENT, PENALTY_BASIS,
        PENALTY_VIOLATION, PENALTY_SUSPENDED, PENALTY_AUTHORITY, LICENCE_DOCUMENT, LICENCE_NUMBER, LICENCE_CONTENT,
        LICENCE_CERTIFICATE, LICENCE_DOCUMENT_NAME, LISTING_DOCUMENT, LISTING_AUTHORITY, SERIOUS_PENALTY_DOCUMENT
    }

    @ParameterizedTest
    @ValueSource(longs = {20261203L, 7L, 1985061284L})
    void noSpelledPersonalNumberCanBeReadOnAnyPublicSurface(long seed) {
        var random = new Random(seed);
        var admin = http().basic("admin", ADMIN_PASSWORD);
        String[] department = IngestionTestData.department(admin, "PENALTY", "LICENCE");
        var numbers = new ArrayList<String>();
        var codes = new ArrayList<String>();
        var penalties = new ArrayList<Map<String, String>>();
        var licences = new ArrayList<Map<String, String>>();
        for (int e = 0; e < ENTITIES; e++) {
            var texts = new LinkedHashMap<Slot, String>();
            for (Slot slot : Slot.values()) {
                texts.put(slot, random.nextInt(3) == 0 ? "" : withNumber(random, numbers, slot));
            }
            String code = RegistryTestData.creditCode('1');
            String idNumber = Spellings.idNumber(random);
            numbers.add(idNumber);
            var body = RegistryTestData.fullEntity(code, "瑞昌" + RegistryTestData.han(3) + texts.get(Slot.NAME)
                    + "商行", "PENCHENG", idNumber);
            body.put("address", "瑞昌市人民路" + texts.get(Slot.ADDRESS));
            body.put("businessScope", "日用百货零售" + texts.get(Slot.SCOPE));
            body.put("authority", "瑞昌市市场监督管理局" + texts.get(Slot.AUTHORITY));
            @SuppressWarnings("unchecked")
            var representative = (Map<String, Object>) body.get("legalRepresentative");
            representative.put("name", RegistryTestData.han(2) + texts.get(Slot.REPRESENTATIVE));
            var registered = admin.postJson("/api/v1/entities", RegistryTestData.json(body));
            assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
            codes.add(code);
            listed(admin, code, e, texts);
            penalties.add(penalty(code, (String) body.get("name"), e, texts));
            licences.add(licence(code, (String) body.get("name"), e, texts));
        }
        var client = http().apiKey(department[1]);
        IngestionTestData.pushAndAwait(client, "PENALTY", penalties);
        IngestionTestData.pushAndAwait(client, "LICENCE", licences);

        var storedScope = admin.get("/api/v1/entities/" + codes.get(0)).body();
        assertThat(storedScope).as("the registry holds the fields as written, invisible characters removed")
                .doesNotContain("\u200B").doesNotContain("\u202E");
        var scanner = new Scanner(numbers);
        var anonymous = http();
        for (String code : codes) {
            JsonNode report = Json.parse(anonymous.get("/api/v1/public/entities/" + code).body());
            assertThat(report.get("penalties")).as("the penalty is public").hasSize(1);
            assertThat(report.get("licences")).as("the licence is public").hasSize(1);
            assertThat(report.get("abnormalListings")).as("the abnormal listing is public").hasSize(1);
            assertThat(report.get("seriousDishonestListings")).as("the serious listing is public").hasSize(1);
            scanner.scan("report JSON", report.toString());
            scanner.scan("report page", page(anonymous, "/report/" + code));
            scanner.scan("print view", page(anonymous, "/report/" + code + "/print"));
            var issued = credit.issue(code);
            scanner.scan("issued report", page(anonymous, "/api/v1/public/reports/" + issued.verificationCode()));
            scanner.scan("search API", page(anonymous, "/api/v1/public/entities?q=" + code));
            scanner.scan("search page", page(anonymous, "/search?q=" + code));
            for (String section : List.of("penalties", "licences")) {
                scanner.scan("objection form", page(anonymous, "/report/" + code + "/objection?record="
                        + report.get(section).get(0).get("id").asString()));
            }
        }
        FeedPages.drain(anonymous, "", feedPage -> scanner.scan("change feed", feedPage));
        var generated = admin.postJson("/api/v1/bulk-files", null);
        assertThat(generated.statusCode()).as(generated.body()).isEqualTo(201);
        var bulk = anonymous.getBytes(Json.parse(generated.body()).get("url").asString());
        assertThat(bulk.statusCode()).isEqualTo(200);
        Zips.texts(bulk.body()).forEach((name, text) -> scanner.scan("bulk file " + name, text));
        assertThat(scanner.leaks).isEmpty();
        assertThat(scanner.scanned).as("surfaces scanned").isGreaterThan(ENTITIES * 9);
    }

    /** Puts the entity on the abnormal list and on the serious dishonest list, numbers in the decisions' texts. */
    private static void listed(TestHttp admin, String code, int e, Map<Slot, String> texts) {
        var abnormal = new LinkedHashMap<String, Object>();
        abnormal.put("code", code);
        abnormal.put("ground", "ADDRESS_UNREACHABLE");
        abnormal.put("decidedOn", "2026-03-02");
        abnormal.put("documentNumber", "瑞市监异列〔2026〕" + e + "号" + texts.get(Slot.LISTING_DOCUMENT));
        abnormal.put("authority", "瑞昌市市场监督管理局" + texts.get(Slot.LISTING_AUTHORITY));
        var listing = admin.postJson("/api/v1/lists/abnormal", RegistryTestData.json(abnormal));
        assertThat(listing.statusCode()).as(listing.body()).isEqualTo(201);
        var serious = new LinkedHashMap<String, Object>();
        serious.put("code", code);
        serious.put("field", "FOOD_SAFETY");
        serious.put("decidedOn", "2026-04-01");
        serious.put("documentNumber", "瑞市监严列〔2026〕" + e + "号");
        serious.put("authority", "瑞昌市市场监督管理局" + texts.get(Slot.LISTING_AUTHORITY));
        serious.put("penaltyDocumentNumber", "瑞市监罚〔2025〕" + e + "号" + texts.get(Slot.SERIOUS_PENALTY_DOCUMENT));
        var dishonest = admin.postJson("/api/v1/lists/serious-dishonest", RegistryTestData.json(serious));
        assertThat(dishonest.statusCode()).as(dishonest.body()).isEqualTo(201);
    }

    /** Prose around a spelled number; a slot with a short limit gets a short spelling. */
    private static String withNumber(Random random, List<String> numbers, Slot slot) {
        while (true) {
            boolean mobile = random.nextBoolean();
            String number = mobile ? Spellings.mobileNumber(random) : Spellings.idNumber(random);
            String spelled = Spellings.spell(number, random, mobile);
            String text = switch (slot) {
                case PENALTY_DOCUMENT, LICENCE_DOCUMENT, LICENCE_NUMBER, LISTING_DOCUMENT, SERIOUS_PENALTY_DOCUMENT ->
                        random.nextBoolean() ? spelled
                        : "瑞市监" + spelled + "号";
                default -> Spellings.prose(random) + spelled + Spellings.prose(random);
            };
            if (slot != Slot.REPRESENTATIVE && slot != Slot.LISTING_AUTHORITY || text.length() <= 45) {
                numbers.add(number);
                return text;
            }
        }
    }

    private static Map<String, String> penalty(String code, String name, int n, Map<Slot, String> texts) {
        var row = IngestionTestData.penalty(code, name, "瑞市监罚〔2026〕" + n + "号" + texts.get(Slot.PENALTY_DOCUMENT));
        row.put("decisionDate", LocalDate.now().minusDays(10).toString());
        row.put("validUntil", LocalDate.now().plusYears(1).toString());
        row.put("content", "警告并处罚款" + texts.get(Slot.PENALTY_CONTENT));
        row.put("basis", "《条例》第十八条" + texts.get(Slot.PENALTY_BASIS));
        row.put("violationType", "未按规定公示" + texts.get(Slot.PENALTY_VIOLATION));
        row.put("suspendedLicence", "营业执照" + texts.get(Slot.PENALTY_SUSPENDED));
        row.put("authority", "瑞昌市市场监督管理局" + texts.get(Slot.PENALTY_AUTHORITY));
        return row;
    }

    private static Map<String, String> licence(String code, String name, int n, Map<Slot, String> texts) {
        var row = new LinkedHashMap<String, String>();
        row.put("partyName", name);
        row.put("creditCode", code);
        row.put("documentName", "食品经营许可决定书" + texts.get(Slot.LICENCE_DOCUMENT_NAME));
        row.put("documentNumber", "瑞市监许〔2026〕" + n + "号" + texts.get(Slot.LICENCE_DOCUMENT));
        row.put("licenceCategory", "普通");
        row.put("certificateName", "食品经营许可证" + texts.get(Slot.LICENCE_CERTIFICATE));
        row.put("licenceNumber", "JY" + texts.get(Slot.LICENCE_NUMBER));
        row.put("content", "预包装食品销售" + texts.get(Slot.LICENCE_CONTENT));
        row.put("decisionDate", LocalDate.now().minusDays(20).toString());
        row.put("validFrom", LocalDate.now().minusDays(20).toString());
        row.put("validTo", LocalDate.now().plusYears(5).toString());
        row.put("authority", "瑞昌市市场监督管理局");
        row.put("authorityCode", IngestionTestData.BUREAU);
        row.put("state", "有效");
        return row;
    }

    private static String page(TestHttp client, String path) {
        var response = client.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    /** The review's checker: a number leaks when it can be read once all but letters and digits are taken out. */
    private static final class Scanner {
        private final List<String> numbers;
        private final List<String> leaks = new ArrayList<>();
        private int scanned;

        Scanner(List<String> numbers) {
            this.numbers = numbers;
        }

        void scan(String surface, String text) {
            scanned++;
            String readable = Spellings.readable(text);
            for (String number : numbers) {
                if (readable.contains(number)) {
                    int at = readable.indexOf(number);
                    leaks.add(surface + ": " + number + " in …" + readable.substring(Math.max(0, at - 20),
                            Math.min(readable.length(), at + number.length() + 20)) + "…");
                }
            }
        }
    }
}
