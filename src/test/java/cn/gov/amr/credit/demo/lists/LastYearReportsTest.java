package cn.gov.amr.credit.demo.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.amr.credit.ingestion.schema.AnnualReportFields;
import cn.gov.amr.credit.registry.EntityIdentity;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityStatus;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** Last year's annual reports at the seed's rates, filed in the first half of this year, the same for the same seed. */
class LastYearReportsTest {

    private static final List<EntityIdentity> CITY = ListsFixtures.city(80_000, 7L);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);

    @Test
    void activeEntitiesEstablishedByTheEndOfTheYearFileAtTheSeedsRates() {
        var reports = new LastYearReports(2025, CITY, DEADLINE, 7L);

        assertThat(rate(reports, EntityKind.INDIVIDUAL_BUSINESS)).isEqualTo(100.0);
        assertThat(rate(reports, EntityKind.ENTERPRISE)).isCloseTo(98.76, org.assertj.core.data.Offset.offset(0.005));
        assertThat(rate(reports, EntityKind.COOPERATIVE)).isCloseTo(96.0, org.assertj.core.data.Offset.offset(0.2));
        assertThat(reports.filers()).allSatisfy(e -> {
            assertThat(e.status()).isEqualTo(EntityStatus.ACTIVE);
            assertThat(e.establishedOn()).isBeforeOrEqualTo(LocalDate.of(2025, 12, 31));
        });
    }

    @Test
    void filesHoldOneRowPerFilerFiledFromJanuaryToTheDeadlineInFilesOfAtMost30000Rows() throws IOException {
        var reports = new LastYearReports(2025, CITY, DEADLINE, 7L);
        var rows = new ArrayList<CSVRecord>();
        for (byte[] file : reports.files().values()) {
            var records = CSVFormat.DEFAULT.builder().setHeader().get()
                    .parse(new StringReader(new String(file, StandardCharsets.UTF_8))).getRecords();
            assertThat(records.size()).isLessThanOrEqualTo(LastYearReports.MAX_FILE_ROWS);
            rows.addAll(records);
        }
        assertThat(reports.files()).hasSizeGreaterThan(1);
        assertThat(rows).hasSize(reports.filers().size());
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.get(AnnualReportFields.REPORT_YEAR.label())).isEqualTo("2025");
            assertThat(LocalDate.parse(r.get(AnnualReportFields.SUBMITTED_ON.label())))
                    .isBetween(LocalDate.of(2026, 1, 1), DEADLINE);
            assertThat(r.get(AnnualReportFields.PUBLISHED.label())).isEqualTo("是");
        });
        assertThat(rows).extracting(r -> r.get(AnnualReportFields.CREDIT_CODE.label())).doesNotHaveDuplicates();
    }

    @Test
    void beforeTheDeadlineNoReportIsDatedAfterTheLastDay() {
        LocalDate lastDay = LocalDate.of(2026, 3, 9);
        var reports = new LastYearReports(2025, CITY, lastDay, 7L);
        var text = new String(reports.files().values().iterator().next(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("2026-03-10", "2026-04-", "2026-06-");
    }

    @Test
    void theSameSeedGivesTheSameFiles() {
        var one = new LastYearReports(2025, CITY, DEADLINE, 7L).files();
        var two = new LastYearReports(2025, CITY, DEADLINE, 7L).files();
        assertThat(two.keySet()).containsExactlyElementsOf(one.keySet());
        one.forEach((name, bytes) -> assertThat(two.get(name)).isEqualTo(bytes));
    }

    private static double rate(LastYearReports reports, EntityKind kind) {
        long due = CITY.stream().filter(e -> e.kind() == kind && e.status() == EntityStatus.ACTIVE
                && !e.establishedOn().isAfter(LocalDate.of(2025, 12, 31))).count();
        long filed = reports.filers().stream().filter(e -> e.kind() == kind).count();
        return filed * 100.0 / due;
    }
}
