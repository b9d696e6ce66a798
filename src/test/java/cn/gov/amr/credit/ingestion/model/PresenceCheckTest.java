package cn.gov.amr.credit.ingestion.model;

import static cn.gov.amr.credit.ingestion.model.CheckFixtures.penaltyField;
import static cn.gov.amr.credit.ingestion.model.CheckFixtures.penaltyRow;
import static cn.gov.amr.credit.ingestion.model.CheckFixtures.problems;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PresenceCheckTest {

    private final PresenceCheck check = new PresenceCheck();

    @Test
    void anEmptyRequiredFieldIsReportedAndStopsItsChecks() {
        var row = penaltyRow();
        assertThat(check.check(penaltyField("documentNumber"), "", row)).isNull();
        assertThat(problems(row)).containsExactly("documentNumber:REQUIRED");
    }

    @Test
    void anEmptyOptionalFieldIsLeftOutWithoutAProblem() {
        var row = penaltyRow();
        assertThat(check.check(penaltyField("remarks"), "", row)).isNull();
        assertThat(row.problems).isEmpty();
    }

    @Test
    void aFilledFieldPassesOnAsItIs() {
        var row = penaltyRow();
        assertThat(check.check(penaltyField("documentNumber"), "瑞市监处罚〔2022〕12号", row)).isEqualTo("瑞市监处罚〔2022〕12号");
        assertThat(row.problems).isEmpty();
    }
}
