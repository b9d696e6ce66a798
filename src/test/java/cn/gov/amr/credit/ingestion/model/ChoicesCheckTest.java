package cn.gov.amr.credit.ingestion.model;

import static cn.gov.amr.credit.ingestion.model.CheckFixtures.penaltyField;
import static cn.gov.amr.credit.ingestion.model.CheckFixtures.penaltyRow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChoicesCheckTest {

    private final ChoicesCheck check = new ChoicesCheck(new ChoiceLabels());

    @Test
    void severalChoicesAreWrittenOnceEachInTheListsOrder() {
        assertThat(check.check(penaltyField("penaltyCategories"), "罚款、01；警告", penaltyRow())).isEqualTo("警告;罚款");
    }

    @Test
    void theFirstUnknownChoiceIsNamed() {
        var row = penaltyRow();
        assertThat(check.check(penaltyField("penaltyCategories"), "警告；罚金；其它", row)).isNull();
        assertThat(row.problems).hasSize(1);
        assertThat(row.problems.get(0).code()).isEqualTo("CHOICE_INVALID");
        assertThat(row.problems.get(0).arguments().get(0)).isEqualTo("罚金");
    }

    @Test
    void onlySeparatorsCountAsMissing() {
        var row = penaltyRow();
        assertThat(check.check(penaltyField("penaltyCategories"), "；、;", row)).isNull();
        assertThat(row.problems).containsExactly(RowProblem.of("penaltyCategories", "REQUIRED"));
    }
}
