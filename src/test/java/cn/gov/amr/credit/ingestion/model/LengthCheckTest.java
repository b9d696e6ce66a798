package cn.gov.amr.credit.ingestion.model;

import static cn.gov.amr.credit.ingestion.model.CheckFixtures.penaltyField;
import static cn.gov.amr.credit.ingestion.model.CheckFixtures.penaltyRow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LengthCheckTest {

    private final LengthCheck check = new LengthCheck();

    @Test
    void textUpToTwoThousandCharactersIsTaken() {
        var row = penaltyRow();
        String facts = "违".repeat(2000);
        assertThat(check.check(penaltyField("facts"), facts, row)).isEqualTo(facts);
        assertThat(row.problems).isEmpty();
    }

    @Test
    void longerTextIsTooLongNamingTheLimit() {
        var row = penaltyRow();
        assertThat(check.check(penaltyField("facts"), "违".repeat(2001), row)).isNull();
        assertThat(row.problems).containsExactly(RowProblem.of("facts", "TOO_LONG", 2000));
    }

    @Test
    void aNumberLongerThan120CharactersIsTooLong() {
        var row = penaltyRow();
        assertThat(check.check(penaltyField("documentNumber"), "1".repeat(120), row)).isNotNull();
        assertThat(check.check(penaltyField("documentNumber"), "1".repeat(121), row)).isNull();
        assertThat(row.problems).containsExactly(RowProblem.of("documentNumber", "TOO_LONG", 120));
    }
}
