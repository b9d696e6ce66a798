package cn.gov.amr.credit.ingestion.model;

import static cn.gov.amr.credit.ingestion.model.CheckFixtures.penaltyField;
import static cn.gov.amr.credit.ingestion.model.CheckFixtures.penaltyRow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmountCheckTest {

    private final AmountCheck check = new AmountCheck();

    @Test
    void anAmountIsWrittenWithoutSeparatorsOrTrailingZeros() {
        assertThat(check.check(penaltyField("fineAmount"), "1,234.500000", penaltyRow())).isEqualTo("1234.5");
        assertThat(check.check(penaltyField("fineAmount"), "0.000000", penaltyRow())).isEqualTo("0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1e2", "1.1234567", "100000000000000", "5万", "1,23"})
    void aSignAnExponentMoreThanSixDecimalsOrFourteenDigitsIsInvalid(String text) {
        var row = penaltyRow();
        assertThat(check.check(penaltyField("fineAmount"), text, row)).isNull();
        assertThat(row.problems).containsExactly(RowProblem.of("fineAmount", "AMOUNT_INVALID", text));
    }
}
