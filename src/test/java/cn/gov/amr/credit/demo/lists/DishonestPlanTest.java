package cn.gov.amr.credit.demo.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.gov.amr.credit.lists.DishonestField;
import org.junit.jupiter.api.Test;

/** Serious dishonest listings follow the bureau's heaviest penalties, on working days of this year, never in the future. */
class DishonestPlanTest {

    private static final ListsWords WORDS = ListsWords.load();
    private static final String BUREAU = WORDS.bureau();
    private static final String FOOD = "《中华人民共和国食品安全法》第一百二十四条第一款";
    private static final String DRUGS = "《中华人民共和国药品管理法》第一百一十七条第一款";

    private final DishonestPlan plan = new DishonestPlan(WORDS, ListsFixtures.calendar2026(), ListsFixtures.TODAY, 1L);

    @Test
    void theHeaviestPenaltiesOfTheBureauAreListedByTheirAuthorityWithTheirDocumentNumbers() {
        var penalties = List.of(
                penalty("A", "罚1", "2026-03-02", 300_000, FOOD, BUREAU),
                penalty("B", "罚2", "2026-05-11", 150_000, DRUGS, BUREAU),
                penalty("C", "罚3", "2026-05-11", 99_999, FOOD, BUREAU),
                penalty("D", "罚4", "2026-05-11", 500_000, FOOD, "瑞昌市应急管理局"),
                penalty("E", "罚5", "2026-05-11", 400_000, "《某条例》", BUREAU),
                penalty("A", "罚6", "2026-06-01", 200_000, FOOD, BUREAU));

        var listed = plan.plan(3, penalties);

        assertThat(listed).extracting(PlannedDishonestListing::code).containsExactly("A", "B");
        assertThat(listed.get(0).penaltyDocumentNumber()).isEqualTo("罚1");
        assertThat(listed.get(0).field()).isEqualTo(DishonestField.FOOD_SAFETY);
        assertThat(listed.get(1).field()).isEqualTo(DishonestField.DRUGS_DEVICES_COSMETICS);
        assertThat(listed).allSatisfy(l -> {
            assertThat(l.authority()).isEqualTo(BUREAU);
            assertThat(ListsFixtures.calendar2026().isWorkingDay(l.decidedOn())).isTrue();
            assertThat(l.decidedOn()).isBeforeOrEqualTo(ListsFixtures.TODAY);
        });
        assertThat(listed.get(0).documentNumber()).isEqualTo("瑞市监严列字〔2026〕第1号");
        assertThat(listed.get(1).documentNumber()).isEqualTo("瑞市监严列字〔2026〕第2号");
    }

    @Test
    void penaltiesTooLateOrTooEarlyForAListingThisYearAreLeftAndNoneMeansNoListing() {
        var penalties = List.of(penalty("A", "罚1", "2026-11-30", 300_000, FOOD, BUREAU),
                penalty("B", "罚2", "2025-06-01", 300_000, FOOD, BUREAU));
        assertThat(plan.plan(3, penalties)).isEmpty();
        assertThat(plan.plan(3, List.of())).isEmpty();
    }

    private static HeavyPenalty penalty(String code, String number, String date, long yuan, String basis,
                                        String authority) {
        return new HeavyPenalty(code, number, LocalDate.parse(date), BigDecimal.valueOf(yuan), basis, authority);
    }
}
