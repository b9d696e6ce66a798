package cn.gov.amr.credit.ingestion.model;

import static cn.gov.amr.credit.ingestion.model.CheckFixtures.DEBTOR;
import static cn.gov.amr.credit.ingestion.model.TestCodes.CODE_C;
import static cn.gov.amr.credit.ingestion.model.TestCodes.RESIDENT_ID;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartyIdCheckTest {

    private final PartyIdCheck check = new PartyIdCheck();
    private final FieldSpec partyId = DEBTOR.require("partyId");

    @Test
    void aCreditCodeIsThePartysCode() {
        var row = new RowDraft(DEBTOR);
        assertThat(check.check(partyId, CODE_C, row)).isEqualTo(CODE_C);
        assertThat(row.partyIdCode).isEqualTo(CODE_C);
        assertThat(row.suspect).isFalse();
    }

    @Test
    void anOrganisationCodeWithHyphenIsThePartysOrganisationCode() {
        String code = TestCodes.organisationCode("MA35XY7Q");
        var row = new RowDraft(DEBTOR);
        assertThat(check.check(partyId, code.substring(0, 8) + "-" + code.charAt(8), row)).isEqualTo(code);
        assertThat(row.partyIdOrganisation).isEqualTo(code);
        assertThat(row.partyIdCode).isNull();
    }

    @Test
    void aPersonsIdNumberIsNeverTakenForACreditCode() {
        var valid = new RowDraft(DEBTOR);
        assertThat(check.check(partyId, RESIDENT_ID, valid)).isEqualTo(RESIDENT_ID);
        assertThat(valid.partyIdCode).isNull();
        var mistyped = new RowDraft(DEBTOR);
        assertThat(check.check(partyId, "110105194912310021", mistyped)).isNull();
        assertThat(mistyped.partyIdCode).isNull();
        assertThat(mistyped.problems).containsExactly(RowProblem.of("partyId", "PARTY_ID_INVALID", 18));
    }

    @Test
    void aCreditCodeFailingOnlyItsCheckCharacterIsKeptAsSuspect() {
        var row = new RowDraft(DEBTOR);
        assertThat(check.check(partyId, "914403001922038217", row)).isEqualTo("914403001922038217");
        assertThat(row.partyIdCode).isEqualTo("914403001922038217");
        assertThat(row.suspect).isTrue();
    }

    @Test
    void garbageIsInvalidNamingItsLength() {
        var row = new RowDraft(DEBTOR);
        assertThat(check.check(partyId, "ABC123", row)).isNull();
        assertThat(row.problems).containsExactly(RowProblem.of("partyId", "PARTY_ID_INVALID", 6));
    }
}
