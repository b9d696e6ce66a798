package cn.gov.amr.credit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import cn.gov.amr.credit.identity.ApiKeys;
import cn.gov.amr.credit.identity.Role;
import cn.gov.amr.credit.identity.UserAccounts;
import cn.gov.amr.credit.ingestion.IngestionTestData;
import cn.gov.amr.credit.support.CallerClients;
import cn.gov.amr.credit.support.Fixtures;
import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.RawHttp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Hostile input, generated, at public and officer endpoints, sent byte for byte over a socket: NUL,
 * invalid UTF-8, encoded slashes and backslashes, over-long lines and headers, {@code /error} itself,
 * broken multipart bodies, bad JSON, wrong content types, unknown enum values, absurd paging numbers
 * and seeded random junk. Whatever comes in: never a 5xx; a refusal is a 4xx problem+json with a
 * {@code code} under {@code /api/} and the friendly page with a code elsewhere; nothing is logged as
 * an error and no stack trace is logged.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTest extends PlatformIntegrationTest {

    private static final long SEED = 20261203L;
    private static final String PENALTY_HEADER = "行政相对人名称,行政相对人类别,统一社会信用代码,行政处罚决定书文号,违法行为类型,"
            + "违法事实,处罚依据,处罚类别,处罚内容,罚款金额（万元）,处罚决定日期,处罚有效期,处罚机关,处罚机关统一社会信用代码,"
            + "数据来源单位,数据来源单位统一社会信用代码\r\n";

    /** Who sends. */
    enum Sender { ANONYMOUS, ADMIN, OFFICER, ADMIN_SESSION }

    /**
     * What must come back: a refusal (4xx); a refusal by the container of a request line it could not
     * read (so it cannot tell an API path from a page: problem details or the plain page); anything
     * but a server error (lenient paging clamps to the allowed range, random text may find nothing).
     */
    enum Expect { REFUSED, REFUSED_UNREAD, NO_SERVER_ERROR }

    record Hostile(String name, String method, byte[] target, Sender sender, Map<String, String> headers, byte[] body,
                   Expect expect) {
        @Override
        public String toString() {
            return name;
        }
    }

    @Autowired
    UserAccounts accounts;

    @Autowired
    ApiKeys keys;

    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private String session;
    private String department;

    @BeforeAll
    void prepare() {
        var callers = new CallerClients(this::http, accounts, keys);
        session = callers.client(CallerClients.Caller.ADMIN, true).cookie("SESSION");
        department = IngestionTestData.department(http().basic("admin", ADMIN_PASSWORD), "PENALTY")[0];
        log.start();
        root().addAppender(log);
    }

    @AfterAll
    void stopListening() {
        root().detachAppender(log);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    Stream<Hostile> hostileInputs() {
        var cases = new ArrayList<Hostile>();
        var random = new Random(SEED);
        List<String> badValues = new ArrayList<>(List.of("%00", "ab%00cd", "%00%00", "%C3%28", "%FF", "%FF%FE",
                "%E4%BD", "%ED%A0%80", "%C0%AF", "%F8%88%80%80%80", "%01ab", "%1B%5B31m", "%7F", "%C2%85",
                "%", "ab%", "%zz", "%G0"));
        for (int i = 0; i < 12; i++) {
            badValues.add(randomBytes(random, true));
        }
        var searches = List.of(
                new Object[] {"/api/v1/public/entities?q=", Sender.ANONYMOUS},
                new Object[] {"/api/v1/entities?q=", Sender.OFFICER},
                new Object[] {"/api/v1/public/changes?since=", Sender.ANONYMOUS},
                new Object[] {"/api/v1/ingest/batches?status=", Sender.OFFICER},
                new Object[] {"/api/v1/audit/entries?action=", Sender.ADMIN},
                new Object[] {"/search?q=", Sender.ANONYMOUS},
                new Object[] {"/workbench/entities?q=", Sender.ADMIN_SESSION});
        for (Object[] search : searches) {
            for (String value : badValues) {
                cases.add(get(search[0] + value, (Sender) search[1], Expect.REFUSED));
            }
            cases.add(get(search[0] + "ab&%00=1", (Sender) search[1], Expect.REFUSED));
            cases.add(get(search[0] + "ab&%FF%FE=1", (Sender) search[1], Expect.REFUSED));
        }
        // Paths the container or the firewall refuse.
        for (String path : List.of("/api/v1/entities/abc%2Fdef", "/api/v1/public/entities/%00",
                "/api/v1/public/entities/%5C", "/api/v1/public/entities/..%2F..%2Fetc%2Fpasswd",
                "/api/v1/public/entities/%2e%2e/%2e%2e/", "/api/v1/public//entities", "/api/v1/public/entities/a%25b",
                "/api/v1/public/entities/%FF%FE", "/report/%00", "/report/abc%2Fdef", "/search/..;/x", "/%00")) {
            cases.add(get(path, path.startsWith("/api/v1/entities") ? Sender.OFFICER : Sender.ANONYMOUS,
                    Expect.REFUSED));
        }
        cases.add(unread("raw invalid UTF-8 in the API path", bytes("/api/v1/public/entities/", 0xFF, 0xFE)));
        cases.add(unread("raw invalid UTF-8 in the API query", bytes("/api/v1/public/entities?q=ab", 0xC3, 0x28)));
        cases.add(unread("raw invalid UTF-8 in the search page query", bytes("/search?q=", 0xFF)));
        cases.add(unread("an API URL over the limit", ascii("/api/v1/public/entities?q=" + "a".repeat(20_000))));
        cases.add(unread("a page URL over the limit", ascii("/search?q=" + "a".repeat(20_000))));
        cases.add(raw("a header over the limit", "GET", ascii("/api/v1/public/ping"), Sender.ANONYMOUS,
                Map.of("X-Padding", "x".repeat(20_000)), null));
        cases.add(get("/error", Sender.ANONYMOUS, Expect.REFUSED));
        cases.add(get("/error?q=%00", Sender.ANONYMOUS, Expect.REFUSED));
        // Bodies.
        String upload = "/api/v1/ingest/batches?kind=PENALTY&department=" + department;
        cases.add(body("multipart cut short", "POST", upload, Sender.ADMIN, "multipart/form-data; boundary=xyz",
                "--xyz\r\nbroken"));
        cases.add(body("multipart without a boundary", "POST", upload, Sender.ADMIN, "multipart/form-data", "junk"));
        cases.add(body("multipart without parts", "POST", upload, Sender.ADMIN, "multipart/form-data; boundary=xyz",
                "--xyz--\r\n"));
        cases.add(body("multipart with JSON in it", "POST", upload, Sender.ADMIN, "multipart/form-data; boundary=xyz",
                "{\"kind\":\"PENALTY\"}"));
        cases.add(multipart("an upload without kind", "/api/v1/ingest/batches?department=" + department, "a.csv",
                Expect.REFUSED));
        cases.add(multipart("an upload of an unknown kind", "/api/v1/ingest/batches?kind=NOPE&department=" + department,
                "a.csv", Expect.REFUSED));
        cases.add(multipart("NUL in an upload's file name", upload, "a\u0000b.csv", Expect.NO_SERVER_ERROR));
        cases.add(multipart("controls in an upload's file name", upload, "\u0001\u001b[31m\u202e.csv",
                Expect.NO_SERVER_ERROR));
        cases.add(multipartEncodedName("NUL in an upload's RFC 5987 file name", upload, "a%00b.csv"));
        cases.add(multipartEncodedName("invalid UTF-8 in an upload's RFC 5987 file name", upload, "a%FF%C3%28.csv"));
        cases.add(multipartEncodedName("only controls in an upload's RFC 5987 file name", upload, "%00%01%E2%80%AE"));
        for (String json : List.of("{", "[", "nul", "{\"name\":", "\u0000", "{\"code\":\"91\\u0000\",\"name\":\"a\\u0000b\"}",
                "{\"code\":12,\"name\":[]}", "{\"kind\":\"NO_SUCH_KIND\"}", "[1,2,3]")) {
            cases.add(body("JSON " + json, "POST", "/api/v1/entities", Sender.ADMIN, "application/json", json));
        }
        cases.add(body("objection with NUL", "POST", "/api/v1/public/objections", Sender.ANONYMOUS, "application/json",
                "{\"entityCode\":\"914403001922038216\",\"reason\":\"a\\u0000b\",\"contact\":\"\\u0000\"}"));
        cases.add(body("export of an unknown destination", "POST", "/api/v1/exports", Sender.ADMIN, "application/json",
                "{\"destination\":\"NOPE\",\"kind\":\"PENALTY\",\"from\":\"2022-01\",\"to\":\"2022-02\"}"));
        cases.add(body("JSON as plain text", "POST", "/api/v1/entities", Sender.ADMIN, "text/plain", "{}"));
        cases.add(body("push as XML", "POST", "/api/v1/ingest/records?kind=PENALTY&department=" + department,
                Sender.ADMIN, "application/xml", "<a/>"));
        cases.add(body("push of an unknown kind", "POST", "/api/v1/ingest/records?kind=NOPE&department=" + department,
                Sender.ADMIN, "application/json", "[]"));
        cases.add(body("push without kind", "POST", "/api/v1/ingest/records?department=" + department,
                Sender.ADMIN, "application/json", "[]"));
        cases.add(body("sign-in with NUL", "POST", "/login", Sender.ANONYMOUS, "application/x-www-form-urlencoded",
                "username=admin%00&password=x"));
        cases.add(body("sign-in with invalid UTF-8", "POST", "/login", Sender.ANONYMOUS,
                "application/x-www-form-urlencoded", "username=%FF%FE&password=x"));
        cases.add(raw("DELETE on a public search", "DELETE", ascii("/api/v1/public/entities?q=ab"), Sender.ANONYMOUS,
                Map.of(), null));
        cases.add(raw("XML asked of the API", "GET", ascii("/api/v1/public/entities?q=%E7%91%9E%E6%98%8C"),
                Sender.ANONYMOUS, Map.of("Accept", "application/xml"), null));
        // Paging.
        for (String paging : List.of("page=-1", "page=0", "size=0", "size=-5", "page=2147483647&size=1000",
                "page=99999999999", "size=2147483647", "page=1e3", "page=%00")) {
            Expect expect = paging.matches("page=(99999999999|1e3|%00)") ? Expect.REFUSED : Expect.NO_SERVER_ERROR;
            cases.add(get("/api/v1/public/entities?q=%E7%91%9E%E6%98%8C&" + paging, Sender.ANONYMOUS, expect));
            cases.add(get("/api/v1/entities?q=%E7%91%9E%E6%98%8C&" + paging, Sender.OFFICER, expect));
            cases.add(get("/api/v1/ingest/batches?" + paging, Sender.OFFICER, expect));
            cases.add(get("/api/v1/audit/entries?" + paging, Sender.ADMIN, expect));
            cases.add(get("/api/v1/objections?" + paging, Sender.ADMIN, expect));
        }
        // Seeded random junk: anything may come back but a server error.
        for (int i = 0; i < 25; i++) {
            cases.add(get("/api/v1/public/entities?q=" + randomBytes(random, false), Sender.ANONYMOUS,
                    Expect.NO_SERVER_ERROR));
            cases.add(get("/api/v1/public/entities/" + randomBytes(random, false), Sender.ANONYMOUS,
                    Expect.NO_SERVER_ERROR));
            cases.add(get("/report/" + randomBytes(random, false), Sender.ANONYMOUS, Expect.NO_SERVER_ERROR));
            cases.add(get("/search?q=" + randomBytes(random, false), Sender.ANONYMOUS, Expect.NO_SERVER_ERROR));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileInputs")
    void hostileInputIsRefusedPolitelyAndNeverLoggedAsAnError(Hostile hostile) {
        int logged = log.list.size();

        var headers = new LinkedHashMap<>(hostile.headers());
        switch (hostile.sender()) {
            case ADMIN -> headers.put("Authorization", basic("admin", ADMIN_PASSWORD));
            case OFFICER -> headers.put("Authorization", basic(Fixtures.user(accounts, Role.OFFICER), Fixtures.PASSWORD));
            case ADMIN_SESSION -> headers.put("Cookie", "SESSION=" + session);
            case ANONYMOUS -> { }
        }
        var answer = new RawHttp(port).send(hostile.method(), hostile.target(), headers, hostile.body());

        assertThat(answer.status()).as(answer.body()).isLessThan(500);
        if (hostile.expect() != Expect.NO_SERVER_ERROR) {
            assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
        }
        if (answer.status() >= 400) {
            boolean api = hostile.expect() == Expect.REFUSED_UNREAD
                    ? answer.header("Content-Type").startsWith("application/problem+json")
                    : new String(hostile.target(), StandardCharsets.ISO_8859_1).startsWith("/api/");
            if (api) {
                assertThat(answer.header("Content-Type")).as(answer.body()).startsWith("application/problem+json");
                var problem = Json.parse(answer.body());
                assertThat(problem.get("code").asString()).isNotBlank();
                assertThat(problem.get("status").asInt()).isEqualTo(answer.status());
                assertThat(problem.get("detail").asString()).isNotBlank().doesNotContain("Exception");
            } else {
                assertThat(answer.header("Content-Type")).as(answer.body()).startsWith("text/html");
                assertThat(answer.body()).contains("id=\"error-code\"").doesNotContain("Exception")
                        .doesNotContain("Apache Tomcat");
            }
        }
        var newEvents = List.copyOf(log.list.subList(logged, log.list.size()));
        assertThat(newEvents).as("log events at ERROR").noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.ERROR));
        assertThat(newEvents).as("log events with a stack trace")
                .noneMatch(e -> e.getThrowableProxy() != null && e.getLevel().isGreaterOrEqual(Level.INFO));
    }

    @org.junit.jupiter.api.Test
    void eachKindOfRefusalHasItsOwnCodeAndNamesTheParameter() {
        var raw = new RawHttp(port);
        var nul = Json.parse(raw.send("GET", ascii("/api/v1/public/entities?q=ab%00"), Map.of(), null).body());
        assertThat(nul.get("code").asString()).isEqualTo("CONTROL_CHARACTERS");
        assertThat(nul.get("errors").get(0).get("field").asString()).isEqualTo("q");
        var utf8 = Json.parse(raw.send("GET", ascii("/api/v1/public/entities?q=%C3%28"), Map.of(), null).body());
        assertThat(utf8.get("code").asString()).isEqualTo("INVALID_ENCODING");
        assertThat(utf8.get("detail").asString()).contains("UTF-8");
        var firewall = raw.send("GET", ascii("/api/v1/public//entities"), Map.of(), null);
        assertThat(Json.parse(firewall.body()).get("code").asString()).isEqualTo("REQUEST_REJECTED");
        var container = raw.send("GET", ascii("/api/v1/public/entities/a%2Fb"), Map.of(), null);
        assertThat(container.status()).isEqualTo(400);
        assertThat(Json.parse(container.body()).get("code").asString()).isEqualTo("REQUEST_REJECTED");
        var page = raw.send("GET", ascii("/search?q=%FF"), Map.of(), null);
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("INVALID_ENCODING").contains("UTF-8");
        var bareError = raw.send("GET", ascii("/error"), Map.of(), null);
        assertThat(bareError.status()).isEqualTo(404);
    }

    private static Hostile get(String target, Sender sender, Expect expect) {
        return new Hostile("GET " + abbreviate(target), "GET", ascii(target), sender, Map.of(), null, expect);
    }

    private static Hostile unread(String name, byte[] target) {
        return new Hostile(name, "GET", target, Sender.ANONYMOUS, Map.of(), null, Expect.REFUSED_UNREAD);
    }

    private static Hostile raw(String name, String method, byte[] target, Sender sender, Map<String, String> headers,
                               byte[] body) {
        return new Hostile(name, method, target, sender, headers, body, Expect.REFUSED);
    }

    private static Hostile body(String name, String method, String target, Sender sender, String contentType,
                                String body) {
        return new Hostile(name, method, ascii(target), sender, Map.of("Content-Type", contentType),
                body.getBytes(StandardCharsets.UTF_8), Expect.REFUSED);
    }

    private static Hostile multipart(String name, String target, String fileName, Expect expect) {
        String csv = PENALTY_HEADER;
        String body = "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n" + csv + "\r\n--xyz--\r\n";
        return new Hostile(name, "POST", ascii(target), Sender.ADMIN,
                Map.of("Content-Type", "multipart/form-data; boundary=xyz"), body.getBytes(StandardCharsets.UTF_8),
                expect);
    }

    private static Hostile multipartEncodedName(String name, String target, String encodedFileName) {
        String body = "--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename*=UTF-8''" + encodedFileName
                + "\r\nContent-Type: text/csv\r\n\r\n" + PENALTY_HEADER + "\r\n--xyz--\r\n";
        return new Hostile(name, "POST", ascii(target), Sender.ADMIN,
                Map.of("Content-Type", "multipart/form-data; boundary=xyz"), body.getBytes(StandardCharsets.UTF_8),
                Expect.NO_SERVER_ERROR);
    }

    /** 1–8 random bytes, percent-encoded; {@code invalid} keeps only sequences that are not UTF-8. */
    private static String randomBytes(Random random, boolean invalid) {
        while (true) {
            byte[] bytes = new byte[1 + random.nextInt(8)];
            random.nextBytes(bytes);
            boolean valid = isUtf8(bytes);
            if (!invalid || !valid) {
                var out = new StringBuilder();
                for (byte b : bytes) {
                    out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
                }
                return out.toString();
            }
        }
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    private static byte[] bytes(String prefix, int... raw) {
        byte[] start = ascii(prefix);
        byte[] all = java.util.Arrays.copyOf(start, start.length + raw.length);
        for (int i = 0; i < raw.length; i++) {
            all[start.length + i] = (byte) raw[i];
        }
        return all;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "…(" + text.length() + ")" : text;
    }
}
