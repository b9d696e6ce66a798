package cn.gov.amr.credit.ingestion;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.ingestion.infrastructure.RecordQueries;
import cn.gov.amr.credit.ingestion.model.Masks;
import cn.gov.amr.credit.ingestion.model.RecordSchemas;
import cn.gov.amr.credit.ingestion.schema.RecordValues;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accepted records, for the credit file and the modules that compute from them. Fields holding
 * personal ID numbers are masked in everything handed out here.
 */
@Service
public class CreditRecords {

    /** A year found without reports is looked at again after a minute; once reports arrived, they stay. */
    private static final long RECHECK_NANOS = 60_000_000_000L;
    private final RecordQueries queries;
    private final Map<Integer, YearSeen> reportYears = new java.util.concurrent.ConcurrentHashMap<>();

    /** What was found for a report year, and when (System.nanoTime). */
    private record YearSeen(boolean received, long atNanos) {
    }

    CreditRecords(RecordQueries queries) {
        this.queries = queries;
    }

    /** Current versions of an entity's records, newest decision first. */
    @Transactional(readOnly = true)
    public List<CreditRecord> of(String entityCode) {
        return queries.currentOf(entityCode).stream().map(CreditRecords::masked).toList();
    }

    /** Every version of one of the entity's records, newest first (empty if the record is not the entity's). */
    @Transactional(readOnly = true)
    public List<CreditRecord> versions(long recordId, String entityCode) {
        return queries.versionsOf(recordId, entityCode).stream().map(CreditRecords::masked).toList();
    }

    /**
     * Whether annual reports for the year have been received at all: until the registration system
     * has sent a year's reports, the absence of one entity's report says nothing.
     */
    @Transactional(readOnly = true)
    public boolean annualReportsReceivedFor(int year) {
        var known = reportYears.get(year);
        long now = System.nanoTime();
        if (known != null && (known.received() || now - known.atNanos() < RECHECK_NANOS)) {
            return known.received();
        }
        boolean received = queries.anyWithKey(RecordKind.ANNUAL_REPORT, Integer.toString(year));
        reportYears.put(year, new YearSeen(received, now));
        return received;
    }

    /**
     * The current records of the given kinds of every entity, by entity code, masked like {@link #of}:
     * a cursor that must be read and closed inside the caller's transaction (for bulk files).
     */
    @Transactional(readOnly = true)
    public java.util.stream.Stream<EntityCreditRecord> streamCurrent(Collection<RecordKind> kinds) {
        return queries.streamCurrent(kinds).map(r -> new EntityCreditRecord(r.entityCode(), masked(r.record())));
    }

    /**
     * The codes of the entities holding a current record of the kind with this natural key (an annual
     * report for a year, say), each once, in the order of {@code Registry.streamAll()}: a cursor that must be
     * read and closed inside the caller's transaction.
     */
    @Transactional(readOnly = true)
    public java.util.stream.Stream<String> streamEntityCodes(RecordKind kind, String naturalKey) {
        return queries.streamEntityCodes(kind, naturalKey);
    }

    /**
     * The current records of the given kinds of every entity as rules read them, ordered by entity code
     * (byte order, as {@code EntityProfiles.streamAll()}), each carrying only the named fields of its kind
     * (masked like {@link #of}): the bulk form of {@link #forRules}. A cursor that must be read and closed
     * inside the caller's transaction.
     */
    @Transactional(readOnly = true)
    public java.util.stream.Stream<TypedRecord> streamForRules(Collection<RecordKind> kinds,
                                                               Map<RecordKind, ? extends Collection<String>> fields) {
        return queries.streamForRules(kinds, fields).map(r -> new TypedRecord(r.entityCode(), r.kind(), r.naturalKey(),
                r.decidedOn(), r.validUntil(), RecordValues.of(r.kind(), masked(r.kind(), r.fields()))));
    }

    @Transactional(readOnly = true)
    public List<RecordFact> facts(Collection<String> entityCodes, Collection<RecordKind> kinds) {
        return queries.facts(entityCodes, kinds);
    }

    /**
     * The current records of the given kinds of the given entities with their values, for rules that
     * read fields ("fines over ¥10,000 in the last 3 years"): one index lookup per entity, in no order.
     */
    @Transactional(readOnly = true)
    public List<TypedRecord> forRules(Collection<String> entityCodes, Collection<RecordKind> kinds) {
        return queries.forRules(entityCodes, kinds).stream().map(r -> new TypedRecord(r.entityCode(), r.kind(),
                r.naturalKey(), r.decidedOn(), r.validUntil(), RecordValues.of(r.kind(), masked(r.kind(), r.fields()))))
                .toList();
    }

    static CreditRecord masked(CreditRecord record) {
        return new CreditRecord(record.id(), record.kind(), record.documentNumber(), record.departmentId(),
                record.department(), record.batch(), record.receivedAt(), record.version(), record.decidedOn(),
                record.validUntil(), record.flagged(), masked(record.kind(), record.fields()));
    }

    private static Map<String, String> masked(RecordKind kind, Map<String, String> stored) {
        var schema = RecordSchemas.of(kind);
        var fields = new LinkedHashMap<String, String>();
        stored.forEach((name, value) -> fields.put(name, schema.field(name).map(f -> Masks.of(f, value)).orElse(value)));
        return fields;
    }
}
