package cn.gov.amr.credit.demo.departments;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.schema.KindSchema;
import cn.gov.amr.credit.registry.EntityIdentity;
import cn.gov.amr.credit.shared.CreditCode;
import cn.gov.amr.credit.shared.OrganisationCode;

/**
 * The files the demo city's departments send, deterministic from a seed and the registered entities:
 * the bureau's own business systems (food, drugs, special equipment, registration, the 12315 complaint
 * system) and eleven other departments (education, health, agriculture, culture and tourism, public
 * security, industry and IT, justice, the court, transport, emergency management, tax), as planned in
 * {@code demo/departments.txt}.
 *
 * <p>Callers may rely on the seed's figures (DOMAIN §2): exactly 175,678 rows the pipeline accepts
 * (each passes ingestion's row checks with {@code lastDay} as today,
 * matches exactly one entity and has its own natural key); of them, licences and penalties of all
 * departments decided from January to August 2022 number 11,901 and licences, penalties and
 * inspections of market supervision in those months 4,001; annual reports for 2021 come from every
 * individual business and 98.76 % of the enterprises established by the end of 2021. Records are
 * dated from 2020-01-01 to {@code lastDay} (annual reports: first half of 2022), never before the
 * entity was established, and after 2022-06-30 only for entities still active (the registry has no
 * closing date). About 1 % of the accepted rows carry fixable mess; about 1 % more rows must not be
 * accepted (wrong check characters, unknown entities, impossible dates, exact duplicates).
 *
 * <p>The same seed and entities give byte-identical CSV files (XLSX files differ only in their zip
 * time stamps). Rows are made one file at a time.
 */
public final class SyntheticDepartments {

    private static final String REGION = "360481";
    /** Registration authority and kind of a government body's credit code (机构编制, 机关). */
    private static final String GOVERNMENT_BODY = "11";
    private static final long STREAM_SEED_FACTOR = 1_000_003L;

    private final long seed;
    private final List<EntityIdentity> entities;
    private final LocalDate lastDay;

    /**
     * @param entities the registered entities, in any order (sorted by code here: the order decides which
     *                 entity gets which rows)
     * @param lastDay  the latest date any record may carry: the demo's today (2026-10-31 for the demo city)
     */
    public SyntheticDepartments(long seed, List<EntityIdentity> entities, LocalDate lastDay) {
        if (lastDay.isBefore(DemoFigures.WINDOW_TO)) {
            throw new IllegalArgumentException("the last day must lie after " + DemoFigures.WINDOW_TO);
        }
        this.seed = seed;
        this.entities = entities.stream().sorted(Comparator.comparing(EntityIdentity::code)).toList();
        this.lastDay = lastDay;
    }

    /** Writes the departments' files into {@code directory} (created if need be) and says what it wrote. */
    public DemoManifest writeTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        var words = DepartmentWords.load();
        var pools = new EntityPools(entities);
        var parties = new Parties(pools, words, seed);
        var sources = sources(words);
        var streams = streams(words, sources);
        var reports = new AnnualReports(pools, parties, words, seed);
        var allocation = Allocation.of(streams, reports.count());
        var files = new ArrayList<DemoFile>();
        for (StreamSpec spec : streams) {
            var random = new Random(seed * STREAM_SEED_FACTOR + spec.index());
            KindSchema schema = KindSchema.of(spec.kind());
            var mess = new Mess(schema, words, pools);
            List<DemoRow> rows;
            if (spec.kind() == RecordKind.ANNUAL_REPORT) {
                if (spec.failing() > 0) {
                    throw new IllegalStateException("annual reports take duplicates only as messy rows");
                }
                rows = reports.rows(mess, random);
            } else {
                var context = new Context(schema, spec.source(), words, pools, parties, lastDay);
                rows = new StreamRows(spec, RowMaker.of(spec.kind(), context), mess, pools, lastDay, random)
                        .generate(allocation.accepted()[spec.index()], allocation.window()[spec.index()]);
            }
            files.addAll(StreamFiles.write(directory, spec, schema, rows, random));
        }
        return new DemoManifest(sources.values().stream().map(Source::department).toList(), files);
    }

    /** The departments in the vocabulary's order, each with the kinds its streams send. */
    private static Map<String, Source> sources(DepartmentWords words) {
        String[] bureau = words.rows("bureau").get(0);
        String bureauCode = governmentCode(bureau[1]);
        var kinds = new LinkedHashMap<String, Set<RecordKind>>();
        for (String[] s : words.rows("streams")) {
            kinds.computeIfAbsent(s[0], k -> EnumSet.noneOf(RecordKind.class)).add(RecordKind.valueOf(s[1]));
        }
        var sources = new LinkedHashMap<String, Source>();
        for (String[] d : words.rows("departments")) {
            var department = new DemoDepartment(d[3], governmentCode(d[2]), d[1],
                    kinds.getOrDefault(d[0], EnumSet.noneOf(RecordKind.class)));
            boolean internal = department.internal();
            sources.put(d[0], new Source(d[0], department, internal ? bureau[0] : department.name(),
                    internal ? bureauCode : department.code()));
        }
        return sources;
    }

    private static List<StreamSpec> streams(DepartmentWords words, Map<String, Source> sources) {
        var streams = new ArrayList<StreamSpec>();
        for (String[] s : words.rows("streams")) {
            Source source = sources.get(s[0]);
            if (source == null) {
                throw new IllegalStateException("[streams] names an unknown department " + s[0]);
            }
            String[] messy = s[5].trim().split("\\s+");
            streams.add(new StreamSpec(streams.size(), source, RecordKind.valueOf(s[1]),
                    s[2].equals("-") ? 0 : Integer.parseInt(s[2]), FileStyle.of(s[3], s[4]), Integer.parseInt(messy[0]),
                    Integer.parseInt(messy[1]), Integer.parseInt(messy[2]), Integer.parseInt(messy[3]), s[6]));
        }
        return streams;
    }

    /** The credit code of a government body of the city whose organisation code starts with {@code body}. */
    static String governmentCode(String body) {
        String first17 = GOVERNMENT_BODY + REGION + body + OrganisationCode.checkCharacterFor(body);
        return first17 + CreditCode.checkCharacterFor(first17);
    }
}
