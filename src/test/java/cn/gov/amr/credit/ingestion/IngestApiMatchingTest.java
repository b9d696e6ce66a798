package cn.gov.amr.credit.ingestion;

import static cn.gov.amr.credit.ingestion.IngestionTestData.penalty;
import static cn.gov.amr.credit.ingestion.IngestionTestData.pushAndAwait;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.registry.RegistryTestData;
import cn.gov.amr.credit.support.PlatformIntegrationTest;
import cn.gov.amr.credit.support.TestHttp;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Matching a record to a registered entity by the strongest identifier it gives: registration number,
 * organisation code (positions 9–17 of the credit code, whether or not it was registered separately,
 * with or without its hyphen), name with legal representative, and a code failing its check that the
 * registry holds flagged.
 */
class IngestApiMatchingTest extends PlatformIntegrationTest {

    private TestHttp admin() {
        return http().basic("admin", ADMIN_PASSWORD);
    }

    @Test
    void rowsWithoutACreditCodeAreMatchedByRegistrationNumberOrganisationCodeOrNameWithRepresentative() {
        var admin = admin();
        String[] department = IngestionTestData.department(admin, "PENALTY");
        String[] byNumber = IngestionTestData.entity(admin);
        String[] byOrganisation = IngestionTestData.entity(admin);
        String[] byName = IngestionTestData.entity(admin);
        String registeredCode = RegistryTestData.creditCode('1');
        var registered = RegistryTestData.fullEntity(registeredCode, "瑞昌" + RegistryTestData.han(4) + "有限公司",
                "PENCHENG", RegistryTestData.residentId());
        registered.put("organisationCode", registeredCode.substring(8, 17));
        var created = admin.postJson("/api/v1/entities", RegistryTestData.json(registered));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String prefix = "瑞市监罚〔2022〕" + RegistryTestData.han(2);

        var number = penalty(byNumber[0], byNumber[1], prefix + "1号");
        number.remove("creditCode");
        number.put("registrationNumber", byNumber[3]);
        var organisation = penalty(byOrganisation[0], byOrganisation[1], prefix + "2号");
        organisation.remove("creditCode");
        organisation.put("organisationCode", byOrganisation[0].substring(8, 17));
        var name = penalty(byName[0], byName[1], prefix + "3号");
        name.remove("creditCode");
        name.put("legalRepresentative", byName[2]);
        var registeredOrganisation = penalty(registeredCode, (String) registered.get("name"), prefix + "4号");
        registeredOrganisation.remove("creditCode");
        registeredOrganisation.put("organisationCode", registeredCode.substring(8, 16) + "-" + registeredCode.substring(16, 17));

        JsonNode batch = pushAndAwait(http().apiKey(department[1]), "PENALTY",
                List.of(number, organisation, name, registeredOrganisation));
        assertThat(batch.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(batch.get("rows").asInt()).isEqualTo(4);
        assertThat(batch.get("errors").toString()).isEqualTo("[]");
        assertThat(batch.get("accepted").asInt()).isEqualTo(4);
        assertThat(batch.get("quarantined").asInt()).isZero();
        assertThat(batch.get("flagged").asInt()).isZero();
        assertThat(entityOf(batch, prefix + "1号")).isEqualTo(byNumber[0]);
        assertThat(entityOf(batch, prefix + "2号")).isEqualTo(byOrganisation[0]);
        assertThat(entityOf(batch, prefix + "3号")).isEqualTo(byName[0]);
        assertThat(entityOf(batch, prefix + "4号")).isEqualTo(registeredCode);
    }

    @Test
    void weakerIdentifiersThatMatchNobodyAreQuarantinedWithTheIdentifierField() {
        var admin = admin();
        String[] department = IngestionTestData.department(admin, "PENALTY");
        String[] entity = IngestionTestData.entity(admin);
        String prefix = "瑞市监罚〔2022〕" + RegistryTestData.han(2);

        var number = penalty(entity[0], entity[1], prefix + "1号");
        number.remove("creditCode");
        number.put("registrationNumber", RegistryTestData.registrationNumber());
        var wrongRepresentative = penalty(entity[0], entity[1], prefix + "2号");
        wrongRepresentative.remove("creditCode");
        wrongRepresentative.put("legalRepresentative", RegistryTestData.han(3));

        JsonNode batch = pushAndAwait(http().apiKey(department[1]), "PENALTY", List.of(number, wrongRepresentative));
        assertThat(batch.get("accepted").asInt()).isZero();
        assertThat(batch.get("quarantined").asInt()).isEqualTo(2);
        assertThat(batch.get("errors").get(0).get("field").asString()).isEqualTo("registrationNumber");
        assertThat(batch.get("errors").get(0).get("code").asString()).isEqualTo("ENTITY_NOT_FOUND_BY_IDENTIFIER");
        assertThat(batch.get("errors").get(1).get("row").asInt()).isEqualTo(2);
        assertThat(batch.get("errors").get(1).get("field").asString()).isEqualTo("partyName");
        assertThat(batch.get("errors").get(1).get("code").asString()).isEqualTo("ENTITY_NOT_FOUND_BY_IDENTIFIER");
    }

    @Test
    void aRecordWithExactlyTheCodeOfAFlaggedEntityIsAcceptedAndCountedAsFlagged() {
        var admin = admin();
        String[] department = IngestionTestData.department(admin, "PENALTY");
        String[] flagged = IngestionTestData.flaggedEntity(admin);
        String[] plain = IngestionTestData.entity(admin);
        String prefix = "瑞市监罚〔2022〕" + RegistryTestData.han(2);

        JsonNode batch = pushAndAwait(http().apiKey(department[1]), "PENALTY", List.of(
                penalty(flagged[0], flagged[1], prefix + "1号"), penalty(plain[0], plain[1], prefix + "2号")));
        assertThat(batch.get("status").asString()).isEqualTo("COMPLETED");
        assertThat(batch.get("errors").toString()).isEqualTo("[]");
        assertThat(batch.get("accepted").asInt()).isEqualTo(2);
        assertThat(batch.get("flagged").asInt()).isEqualTo(1);
        assertThat(batch.get("quarantined").asInt()).isZero();
        Map<String, Boolean> flags = Map.of(
                flagged[0], jdbc.sql("select flagged from ingestion.records where entity_code = ?").param(flagged[0])
                        .query(Boolean.class).single(),
                plain[0], jdbc.sql("select flagged from ingestion.records where entity_code = ?").param(plain[0])
                        .query(Boolean.class).single());
        assertThat(flags).containsEntry(flagged[0], true).containsEntry(plain[0], false);

        String otherWrongCheck = RegistryTestData.withWrongCheck(plain[0]);
        JsonNode wrong = pushAndAwait(http().apiKey(department[1]), "PENALTY",
                List.of(penalty(otherWrongCheck, plain[1], prefix + "3号")));
        assertThat(wrong.get("accepted").asInt()).isZero();
        assertThat(wrong.get("flagged").asInt()).isZero();
        assertThat(wrong.get("quarantined").asInt()).isEqualTo(1);
        assertThat(wrong.get("errors").get(0).get("code").asString()).isEqualTo("CREDIT_CODE_CHECK_FAILED");
    }

    private String entityOf(JsonNode batch, String documentNumber) {
        return jdbc.sql("select entity_code from ingestion.records where batch_id = ? and natural_key = ?")
                .params(batch.get("id").asLong(), documentNumber).query(String.class).single();
    }
}
