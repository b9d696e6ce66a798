package cn.gov.amr.credit.ingestion.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.amr.credit.ingestion.Department;
import cn.gov.amr.credit.ingestion.DepartmentKind;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.files.TabularSource;
import cn.gov.amr.credit.ingestion.files.TabularSources;
import cn.gov.amr.credit.ingestion.files.UnreadableFileException;
import cn.gov.amr.credit.ingestion.model.FieldSpec;
import cn.gov.amr.credit.ingestion.model.RecordSchema;
import cn.gov.amr.credit.ingestion.model.RecordSchemas;
import cn.gov.amr.credit.ingestion.model.RowChecker;
import cn.gov.amr.credit.ingestion.model.RowProblem;
import cn.gov.amr.credit.registry.EntityIdentity;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * The importers in process, without a database: the same entry points an upload and a push reach
 * below the HTTP controller ({@link TabularSources}, {@link BatchProcessor#columns}, the batch's
 * value mapping, {@link ChunkProcessor} with {@link RowChecker} and the entity matcher), with an
 * in-memory registry behind the chunk's candidate lookup. {@link #run} answers what the input gave
 * or the typed refusal; any other exception is a crash and escapes.
 */
public final class ImportHarness {

    /** What an input gave: the refusal's code, or the row counts. */
    public record Outcome(String refusal, int rows, int valid, int quarantined, int duplicates) {
    }

    /** Entities of the in-memory registry; the generated rows use their identifiers. */
    static final List<EntityIdentity> REGISTRY = List.of(
            entity("914403001922038216", null, "192203821", "瑞昌甲贸易有限公司", "张三", false),
            entity("91100000100003962T", null, "100003962", "瑞昌乙商行", "李四", false),
            entity("91330100799655058B", null, null, "瑞昌丙餐饮店", "王五", true));

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 30);
    private static final int CHUNK = 64;

    private ImportHarness() {
    }

    /** An uploaded file ({@code push} false) or a JSON push of {@code kind}, through to row verdicts. */
    public static Outcome run(RecordKind kind, boolean push, byte[] content) {
        RecordSchema schema = RecordSchemas.of(kind);
        Department department = new Department(1, "11360481MB1234567X", "测试部门", DepartmentKind.HORIZONTAL,
                Set.of(RecordKind.values()), Map.of(), "k", true, null, "test", 0);
        try {
            TabularSource source = push
                    ? TabularSources.push(content, schema.fields().stream().map(FieldSpec::name).toList(), JSON)
                    : TabularSources.file(content);
            if (!push) {
                BatchProcessor.columns(schema, source, department); // what the upload checks at once
            }
            var processor = new ChunkProcessor(new RowChecker(schema, TODAY), ImportHarness::candidates);
            var chunk = new ArrayList<ChunkProcessor.RawRow>();
            var columns = new ArrayList<String>();
            int[] counts = new int[2];
            source.rows((rowNumber, cells) -> {
                if (columns.isEmpty()) {
                    columns.addAll(BatchProcessor.columns(schema, source, department));
                }
                chunk.add(new ChunkProcessor.RawRow(rowNumber, BatchProcessor.values(columns, cells)));
                if (chunk.size() >= CHUNK) {
                    flush(processor, chunk, schema, counts);
                }
                return true;
            });
            flush(processor, chunk, schema, counts);
            source.progress();
            check(processor.rows() == counts[0] + counts[1] + processor.duplicates(),
                    "every row is valid, quarantined or a duplicate");
            return new Outcome(null, processor.rows(), counts[0], counts[1], processor.duplicates());
        } catch (UnreadableFileException e) {
            check(e.code() != null && !e.code().isBlank(), "a refusal has a code");
            return new Outcome(e.code(), 0, 0, 0, 0);
        }
    }

    private static void flush(ChunkProcessor processor, List<ChunkProcessor.RawRow> chunk, RecordSchema schema,
                              int[] counts) {
        if (chunk.isEmpty()) {
            return;
        }
        var output = processor.process(chunk);
        new VersionPlan(output.valid(), Map.of(), 1L).inserts();
        counts[0] += output.valid().size();
        counts[1] += output.quarantined().size();
        for (var row : output.quarantined()) {
            check(!row.problems().isEmpty(), "a quarantined row says why");
            for (RowProblem problem : row.problems()) {
                check(problem.code() != null, "a problem has a code");
                check(problem.field() == null || schema.field(problem.field()).isPresent(),
                        "a problem names a field of the kind: " + problem.field());
            }
            row.rawValues().values().forEach(v -> check(v.indexOf('\0') < 0, "no NUL goes to the quarantine"));
        }
        for (var record : output.valid()) {
            check(record.payload().indexOf('\0') < 0, "no NUL goes to the records");
            JSON.readTree(record.payload()); // the payload is valid JSON
        }
        chunk.clear();
    }

    private static List<EntityIdentity> candidates(Set<String> codes, Set<String> registrationNumbers,
                                                   Set<String> organisationCodes, Set<String> representatives) {
        var found = new ArrayList<EntityIdentity>();
        var names = new HashSet<>(representatives);
        for (EntityIdentity e : REGISTRY) {
            if (codes.contains(e.code()) || registrationNumbers.contains(e.registrationNumber())
                    || organisationCodes.contains(e.organisationCode()) || names.contains(e.legalRepresentativeName())) {
                found.add(e);
            }
        }
        return found;
    }

    private static EntityIdentity entity(String code, String registrationNumber, String organisationCode, String name,
                                         String representative, boolean reviewFlag) {
        return new EntityIdentity(code, registrationNumber, organisationCode, name, representative,
                EntityKind.ENTERPRISE, EntityStatus.ACTIVE, LocalDate.of(2010, 1, 1), "PENCHENG", reviewFlag);
    }

    private static void check(boolean condition, String property) {
        if (!condition) {
            throw new AssertionError("property violated: " + property);
        }
    }
}
