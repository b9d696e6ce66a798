package cn.gov.amr.credit.ingestion.model;

import static cn.gov.amr.credit.ingestion.model.CheckFixtures.DEBTOR;
import static cn.gov.amr.credit.ingestion.model.CheckFixtures.penaltyRow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NaturalPersonCheckTest {

    private final NaturalPersonCheck check = new NaturalPersonCheck();

    @Test
    void aRowAboutANaturalPersonIsNotTakenIn() {
        var row = penaltyRow();
        row.values.put("partyType", "自然人");
        check.check(row);
        assertThat(row.problems).containsExactly(RowProblem.of("partyType", "NATURAL_PERSON"));
    }

    @Test
    void organisationsAndIndividualBusinessesAreTakenIn() {
        for (String type : new String[] {"法人及非法人组织", "个体工商户"}) {
            var row = penaltyRow();
            row.values.put("partyType", type);
            check.check(row);
            assertThat(row.problems).as(type).isEmpty();
        }
    }

    @Test
    void aKindWithoutAPartyTypeIsNeverRefusedForIt() {
        var row = new RowDraft(DEBTOR);
        check.check(row);
        assertThat(row.problems).isEmpty();
    }
}
