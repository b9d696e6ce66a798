package cn.gov.amr.credit.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import cn.gov.amr.credit.support.Json;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** GET /api/v1/public/code-check: anyone may ask; always 200, the verdict and its reasons are in the body. */
class CodeCheckApiTest extends PlatformIntegrationTest {

    private HttpResponse<String> check(String code) {
        return http().get("/api/v1/public/code-check?code=" + URLEncoder.encode(code, StandardCharsets.UTF_8));
    }

    private JsonNode verdict(String code) {
        var response = check(code);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return Json.parse(response.body());
    }

    @Test
    void aValidCreditCodeNeedsNoSignInAndTellsKindAndRegion() {
        var body = verdict("914403001922038216");
        assertThat(body.get("valid").asBoolean()).isTrue();
        assertThat(body.get("codeType").asString()).isEqualTo("CREDIT_CODE");
        assertThat(body.get("normalized").asString()).isEqualTo("914403001922038216");
        assertThat(body.get("entityKind").asString()).isEqualTo("ENTERPRISE");
        assertThat(body.get("regionCode").asString()).isEqualTo("440300");
        assertThat(body.get("expectedCheckCharacter").asString()).isEqualTo("6");
        assertThat(body.get("errors").isArray()).isTrue();
        assertThat(body.get("errors").size()).isZero();
        assertThat(body.get("warnings").size()).isZero();
    }

    @Test
    void theKindFollowsTheSecondCharacter() {
        assertThat(verdict(RegistryTestData.creditCode('2')).get("entityKind").asString()).isEqualTo("INDIVIDUAL_BUSINESS");
        assertThat(verdict(RegistryTestData.creditCode('3')).get("entityKind").asString()).isEqualTo("COOPERATIVE");
    }

    @Test
    void aFailingCreditCodeNamesPosition18AndTheExpectedCharacterInChinese() {
        var body = verdict("91100000100003962X");
        assertThat(body.get("valid").asBoolean()).isFalse();
        assertThat(body.get("codeType").asString()).isEqualTo("CREDIT_CODE");
        assertThat(body.get("expectedCheckCharacter").asString()).isEqualTo("T");
        var error = body.get("errors").get(0);
        assertThat(body.get("errors").size()).isEqualTo(1);
        assertThat(error.get("code").asString()).isEqualTo("IDENTIFIER_CHECK_CHARACTER");
        assertThat(error.get("message").asString()).isEqualTo("第18位校验码应为T，实为X。");
        assertThat(error.get("arguments").toString()).isEqualTo("[18,\"T\",\"X\"]");
    }

    @Test
    void theMessageFollowsTheChosenLanguage() {
        var response = http().get("/api/v1/public/code-check?code=91100000100003962X&lang=en");
        var message = Json.parse(response.body()).get("errors").get(0).get("message").asString();
        assertThat(message).contains("18").contains("T").doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void fullWidthInputIsCheckedAsHalfWidth() {
        var body = verdict("９１３３０１００７９９６５５０５８ｂ");
        assertThat(body.get("valid").asBoolean()).isTrue();
        assertThat(body.get("codeType").asString()).isEqualTo("CREDIT_CODE");
        assertThat(body.get("normalized").asString()).isEqualTo("91330100799655058B");
    }

    @Test
    void aRegistrationNumberIsRecognised() {
        String number = RegistryTestData.registrationNumber();
        var body = verdict(number);
        assertThat(body.get("valid").asBoolean()).isTrue();
        assertThat(body.get("codeType").asString()).isEqualTo("REGISTRATION_NUMBER");
        assertThat(body.get("normalized").asString()).isEqualTo(number);
        assertThat(body.get("regionCode").asString()).isEqualTo("360481");
        assertThat(body.get("entityKind").isNull()).isTrue();

        var wrong = verdict("440300000000018");
        assertThat(wrong.get("valid").asBoolean()).isFalse();
        assertThat(wrong.get("codeType").asString()).isEqualTo("REGISTRATION_NUMBER");
        assertThat(wrong.get("expectedCheckCharacter").asString()).isEqualTo("7");
        assertThat(wrong.get("errors").get(0).get("message").asString()).isEqualTo("第15位校验码应为7，实为8。");
    }

    @Test
    void anOrganisationCodeIsRecognisedWithOrWithoutItsHyphen() {
        for (String code : new String[] {"10000396-2", "100003962"}) {
            var body = verdict(code);
            assertThat(body.get("valid").asBoolean()).as(code).isTrue();
            assertThat(body.get("codeType").asString()).as(code).isEqualTo("ORGANISATION_CODE");
            assertThat(body.get("normalized").asString()).as(code).isEqualTo("100003962");
        }
    }

    @Test
    void aPersonalIdNumberIsNotTakenAndNotEchoed() {
        String id = RegistryTestData.residentIdNoCreditCode();
        for (String input : new String[] {id, RegistryTestData.residentIdWithWrongCheck(id)}) {
            var response = check(input);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).doesNotContain(input).doesNotContain(input.substring(6, 14));
            var body = Json.parse(response.body());
            assertThat(body.get("valid").asBoolean()).isFalse();
            assertThat(body.get("codeType").asString()).isEqualTo("UNKNOWN");
            assertThat(body.get("normalized").isNull()).isTrue();
            assertThat(body.get("errors").get(0).get("code").asString()).isEqualTo("PERSONAL_ID_NOT_ACCEPTED");
            assertThat(body.get("errors").get(0).get("message").asString()).matches(".*\\p{IsHan}.*");
        }
    }

    @Test
    void wrongLengthsAreUnknownWithAChineseReason() {
        for (String input : new String[] {"12345", "91440300192203821", "9144030019220382166"}) {
            var body = verdict(input);
            assertThat(body.get("valid").asBoolean()).as(input).isFalse();
            assertThat(body.get("codeType").asString()).as(input).isEqualTo("UNKNOWN");
            var error = body.get("errors").get(0);
            assertThat(error.get("code").asString()).as(input).isEqualTo("UNKNOWN_CODE_TYPE");
            assertThat(error.get("message").asString()).as(input).contains("实为" + input.length() + "位");
        }
    }

    @Test
    void noCodeAtAllIsStill200() {
        var response = http().get("/api/v1/public/code-check");
        assertThat(response.statusCode()).isEqualTo(200);
        var body = Json.parse(response.body());
        assertThat(body.get("valid").asBoolean()).isFalse();
        assertThat(body.get("codeType").asString()).isEqualTo("UNKNOWN");
        assertThat(body.get("errors").get(0).get("code").asString()).isEqualTo("IDENTIFIER_EMPTY");
    }
}
