package cn.gov.amr.credit.demo.departments;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.model.CheckedRow;
import cn.gov.amr.credit.ingestion.model.EntityMatcher;
import cn.gov.amr.credit.ingestion.model.Headers;
import cn.gov.amr.credit.ingestion.model.RecordSchema;
import cn.gov.amr.credit.ingestion.model.RecordSchemas;
import cn.gov.amr.credit.ingestion.model.RowChecker;
import cn.gov.amr.credit.ingestion.schema.AnnualReportFields;
import cn.gov.amr.credit.ingestion.schema.FieldRole;
import cn.gov.amr.credit.ingestion.schema.KindSchema;
import cn.gov.amr.credit.ingestion.schema.LicenceFields;
import cn.gov.amr.credit.registry.EntityIdentity;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityStatus;
import cn.gov.amr.credit.registry.MarketEntity;
import cn.gov.amr.credit.demo.city.SyntheticCity;
import cn.gov.amr.credit.shared.CreditCode;
import cn.gov.amr.credit.shared.OrganisationCode;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The demo departments' files, read back as the pipeline reads them (headers resolved, every row
 * through RowChecker and EntityMatcher over the demo city's 80,000 entities), reproduce the seed's
 * figures and carry the mess real files carry. The test drives ingestion's internal Headers, RowChecker and
 * EntityMatcher itself (test code only: the demo's main code reads just the published schema).
 */
class SyntheticDepartmentsTest {

    private static final long SEED = 360481L;
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);
    private static final LocalDate WINDOW_FROM = LocalDate.of(2022, 1, 1);
    private static final LocalDate WINDOW_TO = LocalDate.of(2022, 8, 31);
    private static final LocalDate CLOSED_ENTITIES_LAST_DAY = LocalDate.of(2022, 6, 30);
    private static final Set<RecordKind> LICENCES_AND_PENALTIES = Set.of(RecordKind.LICENCE, RecordKind.PENALTY);
    private static final Set<RecordKind> NATIONAL_KINDS = Set.of(RecordKind.LICENCE, RecordKind.PENALTY, RecordKind.INSPECTION);
    private static final Pattern OTHER_DATE_FORMS = Pattern.compile(
            "\\d{4}/\\d{1,2}/\\d{1,2}|\\d{8}|\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}\\.\\d{1,2}\\.\\d{1,2}");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    enum Verdict { ACCEPTED, QUARANTINED, DUPLICATE }

    /** One row as read back and judged. */
    record ReadRow(DemoFile file, Map<String, String> raw, CheckedRow checked, EntityMatcher.Match match, Verdict verdict) {

        RecordKind kind() {
            return file.kind();
        }

        EntityIdentity entity() {
            return byCode.get(match.entityCode());
        }
    }

    /** A file as read back: header cells, rows of cells, and whether any cell was a real date cell. */
    record ReadFile(List<String> header, List<List<String>> rows, boolean dateCells) {
    }

    @TempDir
    static Path directory;

    private static List<EntityIdentity> entities;
    private static Map<String, EntityIdentity> byCode;
    private static DemoManifest manifest;
    /** CPU time of the generation (single-threaded), which a busy machine does not inflate as it does wall time. */
    private static long cpuMillis;
    private static Map<String, ReadFile> files;
    private static List<ReadRow> rows;
    private static Map<String, DemoDepartment> departments;

    @BeforeAll
    static void generateAndReadBack() throws IOException {
        entities = new ArrayList<>();
        for (MarketEntity e : new SyntheticCity(SEED, 80_000, Instant.parse("2026-11-01T00:00:00Z"))) {
            entities.add(new EntityIdentity(e.code(), e.registrationNumber(), e.organisationCode(), e.name(),
                    e.legalRepresentative().name(), e.kind(), e.status(), e.establishedOn(), e.jurisdiction(),
                    e.reviewFlag()));
        }
        entities.sort(Comparator.comparing(EntityIdentity::code));
        byCode = entities.stream().collect(Collectors.toMap(EntityIdentity::code, e -> e));
        var threads = ManagementFactory.getThreadMXBean();
        long started = System.nanoTime();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        manifest = new SyntheticDepartments(SEED, entities, LAST_DAY).writeTo(directory.resolve("first"));
        cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1_000_000;
        System.out.printf("SyntheticDepartments: %d accepted + %d messy rows in %d files in %d ms (%d ms CPU)%n",
                manifest.acceptedRows(), manifest.messyRows(), manifest.files().size(),
                (System.nanoTime() - started) / 1_000_000, cpuMillis);
        departments = manifest.departments().stream().collect(Collectors.toMap(DemoDepartment::code, d -> d));
        judge();
    }

    private static void judge() throws IOException {
        var matcher = new EntityMatcher(entities);
        var seen = new HashMap<String, ReadRow>();
        files = new LinkedHashMap<>();
        rows = new ArrayList<>();
        for (DemoFile file : manifest.files()) {
            RecordSchema internal = RecordSchemas.of(file.kind());
            KindSchema schema = KindSchema.of(file.kind());
            ReadFile read = read(directory.resolve("first").resolve(file.fileName()), file);
            files.put(file.fileName(), read);
            List<String> columns = Headers.resolve(internal, read.header(), Map.of());
            assertThat(columns).as(file.fileName() + " header").doesNotContainNull();
            var checker = new RowChecker(internal, LAST_DAY);
            int number = 0;
            for (List<String> cells : read.rows()) {
                var raw = new LinkedHashMap<String, String>();
                for (int i = 0; i < columns.size(); i++) {
                    String value = i < cells.size() ? cells.get(i) : "";
                    if (!value.isEmpty()) {
                        raw.put(columns.get(i), value);
                    }
                }
                CheckedRow checked = checker.check(++number, raw);
                EntityMatcher.Match match = checked.valid() ? matcher.match(checked.party(),
                        RoleFields.of(schema, schema.role(FieldRole.CREDIT_CODE).isPresent() ? FieldRole.CREDIT_CODE
                                : FieldRole.PARTY_ID), RoleFields.of(schema, FieldRole.REGISTRATION_NUMBER),
                        RoleFields.of(schema, FieldRole.ORGANISATION_CODE), RoleFields.of(schema, FieldRole.PARTY_NAME))
                        : null;
                Verdict verdict = Verdict.QUARANTINED;
                ReadRow row;
                if (match != null && match.matched()) {
                    String key = file.departmentCode() + "|" + file.kind() + "|" + checked.naturalKey() + "|" + match.entityCode();
                    ReadRow first = seen.get(key);
                    if (first != null) {
                        assertThat(first.file()).as("a duplicate lies in its original's file").isEqualTo(file);
                        assertThat(raw).as("a duplicate is an exact copy").isEqualTo(first.raw());
                        verdict = Verdict.DUPLICATE;
                    } else {
                        verdict = Verdict.ACCEPTED;
                    }
                    row = new ReadRow(file, raw, checked, match, verdict);
                    seen.putIfAbsent(key, row);
                } else {
                    row = new ReadRow(file, raw, checked, match, verdict);
                }
                rows.add(row);
            }
        }
    }

    @Test
    void acceptsExactlyTheSeedsTotalOfRecords() {
        assertThat(accepted().count()).isEqualTo(175_678);
        assertThat(manifest.acceptedRows()).isEqualTo(175_678);
        for (DemoFile file : manifest.files()) {
            var ofFile = rows.stream().filter(r -> r.file().equals(file)).toList();
            assertThat(ofFile.stream().filter(r -> r.verdict() == Verdict.ACCEPTED).count()).as(file.fileName())
                    .isEqualTo(file.acceptedRows());
            assertThat(ofFile.stream().filter(r -> r.verdict() != Verdict.ACCEPTED).count()).as(file.fileName())
                    .isEqualTo(file.messyRows());
            assertThat(ofFile.stream().filter(r -> r.verdict() == Verdict.DUPLICATE).count()).as(file.fileName())
                    .isEqualTo(file.duplicateRows());
        }
    }

    @Test
    void sendsTheSeedsFiguresForJanuaryToAugust2022() {
        Predicate<ReadRow> inWindow = r -> !r.checked().decidedOn().isBefore(WINDOW_FROM)
                && !r.checked().decidedOn().isAfter(WINDOW_TO);
        long prefecture = accepted().filter(r -> LICENCES_AND_PENALTIES.contains(r.kind())).filter(inWindow).count();
        long national = accepted().filter(r -> NATIONAL_KINDS.contains(r.kind()))
                .filter(r -> departments.get(r.file().departmentCode()).internal()).filter(inWindow).count();
        assertThat(prefecture).isEqualTo(11_901);
        assertThat(national).isEqualTo(4_001);
    }

    @Test
    void annualReportsFor2021ComeFromEveryIndividualBusinessAnd98Point76PercentOfEnterprises() {
        var reports = accepted().filter(r -> r.kind() == RecordKind.ANNUAL_REPORT).toList();
        assertThat(reports).allSatisfy(r -> {
            assertThat(r.checked().values().get(AnnualReportFields.REPORT_YEAR.name())).isEqualTo("2021");
            assertThat(r.checked().decidedOn()).isBetween(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 6, 30));
        });
        Set<String> filed = reports.stream().map(r -> r.match().entityCode()).collect(Collectors.toSet());
        assertThat(filed).hasSize(reports.size());
        var obliged = entities.stream().filter(e -> !e.establishedOn().isAfter(LocalDate.of(2021, 12, 31))).toList();
        var individuals = obliged.stream().filter(e -> e.kind() == EntityKind.INDIVIDUAL_BUSINESS).toList();
        var enterprises = obliged.stream().filter(e -> e.kind() == EntityKind.ENTERPRISE).toList();
        var activeEnterprises = enterprises.stream().filter(e -> e.status() == EntityStatus.ACTIVE).toList();
        assertThat(percent(individuals, filed)).isEqualByComparingTo("100.00");
        assertThat(percent(enterprises, filed)).isEqualByComparingTo("98.76");
        assertThat(percent(activeEnterprises, filed)).isEqualByComparingTo("98.76");
        assertThat(filed).allMatch(code -> !byCode.get(code).establishedOn().isAfter(LocalDate.of(2021, 12, 31)));
    }

    @Test
    void departmentsAreTheBureausSystemsAndTheCitysOtherDepartments() {
        assertThat(manifest.departments()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(manifest.departments().stream().map(DemoDepartment::code).distinct()).hasSize(manifest.departments().size());
        assertThat(manifest.departments()).allSatisfy(d -> {
            assertThat(CreditCode.check(d.code()).valid()).as(d.code()).isTrue();
            assertThat(d.code()).startsWith("11360481");
            assertThat(OrganisationCode.check(d.code().substring(8, 17)).valid()).isTrue();
            assertThat(d.kind()).isIn("HORIZONTAL", "INTERNAL");
            assertThat(d.recordKinds()).isNotEmpty();
        });
        var internal = manifest.departments().stream().filter(DemoDepartment::internal).toList();
        assertThat(internal).hasSize(5);
        assertThat(internal.stream().flatMap(d -> d.recordKinds().stream()))
                .contains(RecordKind.LICENCE, RecordKind.PENALTY, RecordKind.INSPECTION, RecordKind.ANNUAL_REPORT,
                        RecordKind.COMPLAINT);
        assertThat(manifest.departments().stream().filter(d -> !d.internal()).count()).isGreaterThanOrEqualTo(8);
        assertThat(manifest.departments()).anySatisfy(d ->
                assertThat(d.recordKinds()).containsExactlyInAnyOrder(RecordKind.DISHONEST_DEBTOR, RecordKind.COURT_JUDGMENT));
        assertThat(accepted().map(ReadRow::kind).collect(Collectors.toSet())).containsExactlyInAnyOrder(RecordKind.values());
        Map<RecordKind, Long> perKind = new EnumMap<>(RecordKind.class);
        accepted().forEach(r -> perKind.merge(r.kind(), 1L, Long::sum));
        System.out.println("Accepted rows per kind: " + perKind);
        assertThat(perKind.get(RecordKind.LICENCE)).isEqualTo(perKind.values().stream().max(Long::compare).orElseThrow());
    }

    @Test
    void filesComeInTheFormatsAndEncodingsDepartmentsUse() throws IOException {
        assertThat(manifest.files().stream().filter(f -> "GBK".equals(f.encoding()))).hasSizeGreaterThanOrEqualTo(2);
        var workbooks = manifest.files().stream().filter(f -> f.format().equals("XLSX")).toList();
        assertThat(workbooks).hasSizeGreaterThanOrEqualTo(2).allMatch(f -> f.encoding() == null);
        assertThat(workbooks).anyMatch(f -> files.get(f.fileName()).dateCells());
        assertThat(workbooks).anyMatch(f -> !files.get(f.fileName()).dateCells());
        var withBom = manifest.files().stream().filter(f -> "UTF-8-BOM".equals(f.encoding())).toList();
        assertThat(withBom).isNotEmpty();
        for (DemoFile f : withBom) {
            try (InputStream in = Files.newInputStream(directory.resolve("first").resolve(f.fileName()))) {
                assertThat(in.readNBytes(3)).isEqualTo(UTF8_BOM);
            }
        }
        assertThat(files.values()).anyMatch(f -> f.header().contains("XK_XDR_MC"));
        assertThat(files.values()).anyMatch(f -> f.header().contains("XK_XDR") || f.header().contains("CF_XDR"));
        assertThat(files.values()).anyMatch(f -> f.header().contains("CF_FR") || f.header().contains("XK_FR"));
        assertThat(files.values()).allMatch(f -> f.rows().size() <= 30_000);
        assertThat(files.values()).anyMatch(f -> f.rows().stream().flatMap(List::stream)
                .anyMatch(v -> v.contains(",") || v.contains("\"") || v.contains("\n")));
    }

    @Test
    void messyRowsAreAboutOnePercentAndNeverAccepted() {
        int messy = manifest.messyRows();
        assertThat(messy).isBetween(1_580, 1_935);
        assertThat(rows.stream().filter(r -> r.verdict() != Verdict.ACCEPTED).count()).isEqualTo(messy);
        var problems = rows.stream().filter(r -> r.verdict() == Verdict.QUARANTINED)
                .map(r -> r.checked().valid() ? r.match().problem().code() : r.checked().problems().get(0).code())
                .collect(Collectors.groupingBy(c -> c, Collectors.counting()));
        System.out.println("Quarantined rows by problem: " + problems + "; duplicates: " + manifest.duplicateRows());
        assertThat(problems).containsKeys("CREDIT_CODE_CHECK_FAILED", "ENTITY_NOT_FOUND_BY_CODE", "DATE_IMPOSSIBLE");
        assertThat(manifest.duplicateRows()).isPositive();
        assertThat(manifest.files().stream().filter(f -> f.messyRows() > 0).count()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void acceptedRecordsAreDatedWhileTheirEntityExisted() {
        assertThat(accepted().toList()).allSatisfy(r -> {
            LocalDate date = r.checked().decidedOn();
            assertThat(date).isBetween(r.entity().establishedOn(), LAST_DAY);
            if (r.kind() != RecordKind.ANNUAL_REPORT) {
                assertThat(date).isAfterOrEqualTo(LocalDate.of(2020, 1, 1));
            }
            if (r.entity().status() != EntityStatus.ACTIVE) {
                assertThat(date).isBeforeOrEqualTo(CLOSED_ENTITIES_LAST_DAY);
            }
            if (r.checked().validUntil() != null) {
                assertThat(r.checked().validUntil()).isAfterOrEqualTo(date);
            }
        });
    }

    @Test
    void rowsExerciseEveryWayOfMatchingAnEntity() {
        var parties = accepted().map(r -> r.checked().party()).toList();
        long byCodeOnly = parties.stream().filter(p -> p.creditCode() != null).count();
        long byRegistration = parties.stream().filter(p -> p.creditCode() == null && p.registrationNumber() != null).count();
        long byOrganisation = parties.stream().filter(p -> p.creditCode() == null && p.registrationNumber() == null
                && p.organisationCode() != null).count();
        long byName = parties.stream().filter(p -> p.creditCode() == null && p.registrationNumber() == null
                && p.organisationCode() == null).count();
        System.out.printf("Matched by credit code %d, registration number %d, organisation code %d, name %d%n",
                byCodeOnly, byRegistration, byOrganisation, byName);
        assertThat(byRegistration).isGreaterThan(500);
        assertThat(byOrganisation).isGreaterThan(500);
        assertThat(byName).isGreaterThan(500);
        assertThat(accepted().filter(r -> r.kind() == RecordKind.DISHONEST_DEBTOR)
                .filter(r -> r.checked().party().organisationCode() != null)).isNotEmpty();
    }

    @Test
    void aboutOnePercentOfAcceptedRowsCarryMessThatNormalisationFixes() {
        long fullWidth = accepted().filter(r -> r.raw().values().stream().anyMatch(v -> v.chars().anyMatch(c -> c >= '０' && c <= '９'))).count();
        long lowerCase = accepted().filter(r -> codeFields(r).anyMatch(v -> v.chars().anyMatch(c -> c >= 'a' && c <= 'z'))).count();
        long spaces = accepted().filter(r -> r.raw().values().stream().anyMatch(v -> !v.equals(v.strip()))).count();
        long otherDates = accepted().filter(r -> r.raw().values().stream()
                .anyMatch(v -> OTHER_DATE_FORMS.matcher(v).matches())).count();
        long choiceCodes = accepted().filter(r -> r.kind() == RecordKind.LICENCE)
                .filter(r -> DIGITS.matcher(r.raw().getOrDefault(LicenceFields.LICENCE_CATEGORY.name(), "")).matches()).count();
        System.out.printf("Fixable mess: full-width %d, lower case %d, spaces %d, dates %d, licence category codes %d%n",
                fullWidth, lowerCase, spaces, otherDates, choiceCodes);
        assertThat(List.of(fullWidth, lowerCase, spaces, otherDates, choiceCodes)).allMatch(n -> n > 0);
        assertThat(fullWidth + lowerCase + spaces + otherDates).isBetween(1_000L, 2_500L);
    }

    @Test
    void theSameSeedWritesTheSameCsvFiles() throws IOException {
        var again = new SyntheticDepartments(SEED, entities, LAST_DAY).writeTo(directory.resolve("second"));
        assertThat(again).isEqualTo(manifest);
        for (DemoFile file : manifest.files()) {
            if (file.format().equals("CSV")) {
                assertThat(Files.mismatch(directory.resolve("first").resolve(file.fileName()),
                        directory.resolve("second").resolve(file.fileName()))).as(file.fileName()).isEqualTo(-1L);
            }
        }
    }

    @Test
    void generatesTheCityInSeconds() {
        assertThat(cpuMillis).isLessThan(15_000);
    }

    private static Stream<ReadRow> accepted() {
        return rows.stream().filter(r -> r.verdict() == Verdict.ACCEPTED);
    }

    private static Stream<String> codeFields(ReadRow r) {
        KindSchema schema = KindSchema.of(r.kind());
        return Stream.of(FieldRole.CREDIT_CODE, FieldRole.ORGANISATION_CODE, FieldRole.PARTY_ID)
                .map(role -> RoleFields.of(schema, role)).filter(Objects::nonNull).map(r.raw()::get)
                .filter(Objects::nonNull);
    }

    private static BigDecimal percent(List<EntityIdentity> population, Set<String> filed) {
        long filers = population.stream().filter(e -> filed.contains(e.code())).count();
        return BigDecimal.valueOf(filers * 100.0 / population.size()).setScale(2, RoundingMode.HALF_UP);
    }

    private static ReadFile read(Path path, DemoFile file) throws IOException {
        return file.format().equals("XLSX") ? readWorkbook(path) : readCsv(path, file.encoding());
    }

    private static ReadFile readCsv(Path path, String encoding) throws IOException {
        Charset charset = "GBK".equals(encoding) ? Charset.forName("GBK") : StandardCharsets.UTF_8;
        try (InputStream in = Files.newInputStream(path)) {
            if ("UTF-8-BOM".equals(encoding)) {
                in.skipNBytes(UTF8_BOM.length);
            }
            var decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            var records = CSVFormat.DEFAULT.parse(new InputStreamReader(in, decoder)).getRecords();
            List<List<String>> cells = records.stream().map(CSVRecord::toList).toList();
            return new ReadFile(cells.get(0), cells.subList(1, cells.size()), false);
        }
    }

    private static ReadFile readWorkbook(Path path) throws IOException {
        try (var workbook = new XSSFWorkbook(path.toFile())) {
            var sheet = workbook.getSheetAt(0);
            List<String> header = cells(sheet.getRow(0), sheet.getRow(0).getLastCellNum(), new boolean[1]);
            var rows = new ArrayList<List<String>>();
            boolean[] dateCells = new boolean[1];
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                rows.add(cells(sheet.getRow(i), header.size(), dateCells));
            }
            return new ReadFile(header, rows, dateCells[0]);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
    }

    private static List<String> cells(Row row, int width, boolean[] dateCells) {
        var cells = new ArrayList<String>(width);
        for (int i = 0; i < width; i++) {
            Cell cell = row == null ? null : row.getCell(i);
            if (cell == null) {
                cells.add("");
            } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
                dateCells[0] = true;
                cells.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
            } else if (cell.getCellType() == CellType.NUMERIC) {
                cells.add(BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString());
            } else {
                cells.add(cell.getStringCellValue());
            }
        }
        return cells;
    }
}
