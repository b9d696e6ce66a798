package cn.gov.amr.credit.demo.lists;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import cn.gov.amr.credit.ingestion.schema.AnnualReportFields;
import cn.gov.amr.credit.ingestion.schema.Choice;
import cn.gov.amr.credit.ingestion.schema.RecordField;
import cn.gov.amr.credit.registry.EntityIdentity;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityStatus;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Last year's annual reports, which the demo's department files lack (they carry 2021's): filed from
 * 1 January of {@code reportYear + 1} to the last filing day (more of them near its end) by the
 * entities established by the end of {@code reportYear} and still active, at the seed's rates — every
 * individual business, 98.76 % of the enterprises and, as the department files do, 96 % of the
 * cooperatives. Written as CSV files of the national format (UTF-8, national labels as headers) of at
 * most {@link #MAX_FILE_ROWS} rows, in filing order. Pure and deterministic from the seed.
 */
final class LastYearReports {

    static final int INDIVIDUAL_FILING_BASIS_POINTS = 10_000;
    static final int ENTERPRISE_FILING_BASIS_POINTS = 9_876;
    static final int COOPERATIVE_FILING_BASIS_POINTS = 9_600;
    static final int MAX_FILE_ROWS = 30_000;
    private static final int BASIS = 10_000;
    private static final String PUBLISHED = "1";
    private static final int MOST_EMPLOYEES = 60;
    private static final long SALT = 0x4E42_3235L;
    private static final List<RecordField> COLUMNS = List.of(AnnualReportFields.CREDIT_CODE, AnnualReportFields.NAME,
            AnnualReportFields.REPORT_YEAR, AnnualReportFields.SUBMITTED_ON, AnnualReportFields.PUBLISHED,
            AnnualReportFields.EMPLOYEES);

    private final int reportYear;
    private final LocalDate lastDay;
    private final long seed;
    private final List<EntityIdentity> filers;

    /**
     * @param lastDay the last filing day: the deadline (30 June of the next year) or, earlier in that half
     *                year, the day before today (no report is dated in the future)
     */
    LastYearReports(int reportYear, List<EntityIdentity> entities, LocalDate lastDay, long seed) {
        if (!lastDay.isAfter(LocalDate.of(reportYear, 12, 31))) {
            throw new IllegalArgumentException("no filing day after " + reportYear + " up to " + lastDay);
        }
        this.reportYear = reportYear;
        this.lastDay = lastDay;
        this.seed = seed ^ SALT ^ reportYear;
        this.filers = filers(entities, new Random(this.seed));
    }

    /** The entities that file, by code. */
    List<EntityIdentity> filers() {
        return filers;
    }

    /** The CSV files (content by file name, in order), the reports sorted by filing day. */
    Map<String, byte[]> files() {
        LocalDate from = LocalDate.of(reportYear + 1, 1, 1);
        long days = ChronoUnit.DAYS.between(from, lastDay);
        var random = new Random(seed + 1);
        var rows = new ArrayList<List<String>>(filers.size());
        for (EntityIdentity e : filers) {
            // More reports near the deadline: the square root skews the day towards the end.
            long day = Math.min(days, (long) ((days + 1) * Math.sqrt(random.nextDouble())));
            int employees = e.kind() == EntityKind.INDIVIDUAL_BUSINESS ? 1 + random.nextInt(5)
                    : 1 + random.nextInt(MOST_EMPLOYEES);
            rows.add(List.of(e.code(), e.name(), String.valueOf(reportYear), from.plusDays(day).toString(),
                    published(), String.valueOf(employees)));
        }
        rows.sort(Comparator.comparing((List<String> r) -> r.get(3)).thenComparing(r -> r.get(0)));
        var files = new TreeMap<String, byte[]>();
        int parts = Math.max(1, (rows.size() + MAX_FILE_ROWS - 1) / MAX_FILE_ROWS);
        for (int p = 0; p < parts; p++) {
            var part = rows.subList(p * rows.size() / parts, (p + 1) * rows.size() / parts);
            files.put("annual-reports-" + reportYear + (parts > 1 ? "-" + (p + 1) : "") + ".csv", csv(part));
        }
        return files;
    }

    private List<EntityIdentity> filers(List<EntityIdentity> entities, Random random) {
        LocalDate yearEnd = LocalDate.of(reportYear, 12, 31);
        var due = entities.stream()
                .filter(e -> e.status() == EntityStatus.ACTIVE && e.establishedOn() != null
                        && !e.establishedOn().isAfter(yearEnd))
                .sorted(Comparator.comparing(EntityIdentity::code)).toList();
        var filers = new ArrayList<EntityIdentity>();
        filers.addAll(drop(due, EntityKind.INDIVIDUAL_BUSINESS, INDIVIDUAL_FILING_BASIS_POINTS, random));
        filers.addAll(drop(due, EntityKind.ENTERPRISE, ENTERPRISE_FILING_BASIS_POINTS, random));
        filers.addAll(drop(due, EntityKind.COOPERATIVE, COOPERATIVE_FILING_BASIS_POINTS, random));
        filers.sort(Comparator.comparing(EntityIdentity::code));
        return List.copyOf(filers);
    }

    /** The entities of the kind less those that do not file: as many as make the rate closest to the given one. */
    private static List<EntityIdentity> drop(List<EntityIdentity> due, EntityKind kind, int basisPoints,
                                              Random random) {
        var ofKind = new ArrayList<>(due.stream().filter(e -> e.kind() == kind).toList());
        int missing = (int) Math.round(ofKind.size() * (double) (BASIS - basisPoints) / BASIS);
        Collections.shuffle(ofKind, random);
        return ofKind.subList(missing, ofKind.size());
    }

    private static String published() {
        return AnnualReportFields.PUBLISHED.choices().stream().filter(c -> PUBLISHED.equals(c.code()))
                .map(Choice::label).findFirst().orElseThrow();
    }

    private static byte[] csv(List<List<String>> rows) {
        var out = new ByteArrayOutputStream();
        try (var printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            printer.printRecord(COLUMNS.stream().map(RecordField::label).toList());
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
