package cn.gov.amr.credit.demo.departments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A city too large for the seed's figures (its annual reports alone would exceed them) is refused with
 * its own exception, which the demo loader turns into a warning instead of a failed start.
 */
class AllocationTest {

    @Test
    void aCityWhoseAnnualReportsExceedTheSeedsFiguresIsRefusedPlainly() {
        assertThatThrownBy(() -> Allocation.of(List.of(), 900_000)).isInstanceOf(DemoScaleException.class)
                .hasMessageContaining("900000");
    }

    @Test
    void sharesAreProportionalAndAddUpToTheTotal() {
        int[] shares = Allocation.proportional(10, new long[] {1, 2, 0, 2});
        assertThat(shares).containsExactly(2, 4, 0, 4);
        assertThat(Allocation.proportional(7, new long[] {1, 1, 1})).containsExactly(3, 2, 2);
    }
}
