package cn.gov.amr.credit.ingestion.model;

import static cn.gov.amr.credit.ingestion.model.CheckFixtures.DEBTOR;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IntegerCheckTest {

    private final IntegerCheck check = new IntegerCheck();

    @Test
    void leadingZerosAreDropped() {
        assertThat(check.check(DEBTOR.require("age"), "045", new RowDraft(DEBTOR))).isEqualTo("45");
    }

    @Test
    void aSignDecimalsOrTenDigitsAreNotAWholeNumber() {
        for (String text : new String[] {"-5", "3.5", "1234567890"}) {
            var row = new RowDraft(DEBTOR);
            assertThat(check.check(DEBTOR.require("age"), text, row)).isNull();
            assertThat(row.problems).containsExactly(RowProblem.of("age", "INTEGER_INVALID"));
        }
    }
}
