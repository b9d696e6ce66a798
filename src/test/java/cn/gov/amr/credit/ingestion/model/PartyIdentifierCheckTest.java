package cn.gov.amr.credit.ingestion.model;

import static cn.gov.amr.credit.ingestion.model.CheckFixtures.penaltyField;
import static cn.gov.amr.credit.ingestion.model.CheckFixtures.penaltyRow;
import static cn.gov.amr.credit.ingestion.model.TestCodes.CODE_A;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartyIdentifierCheckTest {

    private final PartyIdentifierCheck check = new PartyIdentifierCheck();

    @Test
    void aRowNamingNoIdentifierOfItsPartyIsRefused() {
        var row = penaltyRow();
        row.accept(penaltyField("partyName"), "瑞昌市湓城食品有限公司");
        check.check(row);
        assertThat(row.problems).containsExactly(RowProblem.of(null, "PARTY_IDENTIFIER_MISSING"));
    }

    @Test
    void aCreditCodeIsEnough() {
        var row = penaltyRow();
        row.accept(penaltyField("creditCode"), CODE_A);
        check.check(row);
        assertThat(row.problems).isEmpty();
        assertThat(row.party().creditCode()).isEqualTo(CODE_A);
    }

    @Test
    void theNameWithTheLegalRepresentativeIsEnough() {
        var row = penaltyRow();
        row.accept(penaltyField("partyName"), "瑞昌市湓城食品店（分店）");
        row.accept(penaltyField("legalRepresentative"), "张 三");
        check.check(row);
        assertThat(row.problems).isEmpty();
        assertThat(row.party().name()).isEqualTo("瑞昌市湓城食品店(分店)");
        assertThat(row.party().legalRepresentative()).isEqualTo("张三");
    }

    @Test
    void aRowWithOtherProblemsIsNotAlsoRefusedForItsParty() {
        var row = penaltyRow();
        row.problem(penaltyField("decisionDate"), "DATE_UNREADABLE", "x");
        check.check(row);
        assertThat(row.problems).extracting(RowProblem::code).containsExactly("DATE_UNREADABLE");
    }
}
