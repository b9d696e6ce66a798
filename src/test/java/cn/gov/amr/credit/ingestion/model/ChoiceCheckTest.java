package cn.gov.amr.credit.ingestion.model;

import static cn.gov.amr.credit.ingestion.model.CheckFixtures.LICENCE;
import static cn.gov.amr.credit.ingestion.model.CheckFixtures.penaltyField;
import static cn.gov.amr.credit.ingestion.model.CheckFixtures.penaltyRow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChoiceCheckTest {

    private final ChoiceCheck check = new ChoiceCheck(new ChoiceLabels());

    @Test
    void aChoiceGivenByItsCodeIsWrittenAsItsLabelWhateverTheLeadingZeros() {
        var category = LICENCE.require("licenceCategory");
        assertThat(check.check(category, "1", new RowDraft(LICENCE))).isEqualTo("普通");
        assertThat(check.check(category, "001", new RowDraft(LICENCE))).isEqualTo("普通");
        assertThat(check.check(category, "其他", new RowDraft(LICENCE))).isEqualTo("其他");
    }

    @Test
    void anUnknownChoiceIsNamedWithTheListOfChoices() {
        var row = penaltyRow();
        assertThat(check.check(penaltyField("partyType"), "企业", row)).isNull();
        assertThat(row.problems).containsExactly(
                RowProblem.of("partyType", "CHOICE_INVALID", "企业", "法人及非法人组织 / 自然人 / 个体工商户"));
    }
}
