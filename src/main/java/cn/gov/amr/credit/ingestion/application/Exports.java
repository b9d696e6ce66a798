package cn.gov.amr.credit.ingestion.application;

import cn.gov.amr.credit.ingestion.RecordKind;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.audit.AuditActions;
import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.identity.Callers;
import cn.gov.amr.credit.ingestion.files.ExportWriter;
import cn.gov.amr.credit.ingestion.infrastructure.ExportStore;
import cn.gov.amr.credit.ingestion.model.FieldSpec;
import cn.gov.amr.credit.ingestion.model.RecordSchemas;
import cn.gov.amr.credit.shared.MessageKey;
import cn.gov.amr.credit.shared.Refusal.FieldProblem;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Exports to upper-level platforms in the national format, routed as configured
 * ({@code credit.ingestion.routes}): by destination, kind and period of decision. Government
 * exports carry the full fields (nothing masked); every export is recorded and audited, and which
 * record versions went where is kept, so monthly counts never count a record twice.
 */
@Service
public class Exports {

    /** A finished export's file. */
    public record File(String name, String format, byte[] content) {
    }

    private final ExportStore store;
    private final IngestionSettings settings;
    private final Callers callers;
    private final AuditLog audit;
    private final Clock clock;

    Exports(ExportStore store, IngestionSettings settings, Callers callers, AuditLog audit, Clock clock) {
        this.store = store;
        this.settings = settings;
        this.callers = callers;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Export export(Destination destination, RecordKind kind, YearMonth from, YearMonth to, String format) {
        var problems = new ArrayList<FieldProblem>();
        if (destination == null) {
            problems.add(new FieldProblem("$.destination", "REQUIRED"));
        }
        if (kind == null) {
            problems.add(new FieldProblem("$.kind", "REQUIRED"));
        }
        if (from == null || to == null || to.isBefore(from)) {
            problems.add(new FieldProblem("$.to", "PERIOD_INVALID"));
        }
        String fileFormat = format == null ? "CSV" : format.toUpperCase(java.util.Locale.ROOT);
        if (!fileFormat.equals("CSV") && !fileFormat.equals("XLSX")) {
            problems.add(new FieldProblem("$.format", "FORMAT_INVALID"));
        }
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_EXPORT", problems);
        }
        var route = settings.routes() == null ? null : settings.routes().get(destination.name());
        if (route == null || !route.kinds().contains(kind)) {
            throw new Refusal(Refusal.Kind.UNPROCESSABLE, "KIND_NOT_ROUTED",
                    new MessageKey("destination." + destination.name()), new MessageKey("recordKind." + kind.name()));
        }
        var schema = RecordSchemas.of(kind);
        LocalDate first = from.atDay(1);
        LocalDate last = to.atEndOfMonth();
        var items = new ArrayList<long[]>();
        byte[] content;
        try (var writer = new ExportWriter(fileFormat, schema.fields().stream().map(FieldSpec::label).toList())) {
            store.routed(kind, first, last, route.departmentKinds(), row -> {
                writer.row(schema.fields().stream().map(f -> row.fields().get(f.name())).toList());
                items.add(new long[] {row.id(), row.decidedOn().withDayOfMonth(1).toEpochDay()});
            });
            content = writer.toBytes();
            String name = destination.name().toLowerCase(java.util.Locale.ROOT) + "-" + kind.name().toLowerCase(
                    java.util.Locale.ROOT) + "-" + from + "_" + to + "." + writer.extension();
            String by = callers.current().name();
            long id = store.insert(destination, kind, first, last, fileFormat, items.size(), name, content,
                    clock.instant(), by);
            store.items(id, destination, items);
            audit.record(AuditActions.RECORDS_EXPORTED, "export:" + id, Map.of("destination", destination.name(),
                    "kind", kind.name(), "from", from.toString(), "to", to.toString(),
                    "records", Integer.toString(items.size())));
            return store.find(id).orElseThrow();
        }
    }

    @Transactional(readOnly = true)
    public List<Export> all() {
        return store.all();
    }

    /** The exported file; it holds unmasked personal data, so every download is audited. */
    @Transactional
    public File file(long id) {
        var export = store.find(id).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "EXPORT_NOT_FOUND", id));
        audit.record(AuditActions.EXPORT_DOWNLOADED, "export:" + id, Map.of("destination",
                export.destination().name(), "kind", export.kind().name(), "records", Integer.toString(export.records())));
        return new File(export.fileName(), export.format(), store.content(id));
    }

    /** Records sent per destination and month of decision, in [from, to]. */
    @Transactional(readOnly = true)
    public List<ExportCount> monthly(YearMonth from, YearMonth to) {
        return store.monthly(from.atDay(1), to.atEndOfMonth());
    }
}
