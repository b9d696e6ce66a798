package cn.gov.amr.credit.ingestion.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.amr.credit.ingestion.infrastructure.QuarantineStore;
import cn.gov.amr.credit.ingestion.model.CheckedRow;
import cn.gov.amr.credit.ingestion.model.EntityMatcher;
import cn.gov.amr.credit.ingestion.model.RecordSchema;
import cn.gov.amr.credit.ingestion.model.RowChecker;
import cn.gov.amr.credit.ingestion.model.RowProblem;
import cn.gov.amr.credit.registry.EntityIdentity;

/**
 * One batch's rows, chunk by chunk: check each row, look up the candidates of the whole chunk in
 * the registry at once, match, drop exact repeats within the batch, and sort the rows into valid
 * records and the quarantine. Keeps the batch's counters.
 */
final class ChunkProcessor {

    /** Looks up entity candidates for a chunk (one registry query). */
    interface Candidates {
        List<EntityIdentity> find(Set<String> codes, Set<String> registrationNumbers, Set<String> organisationCodes,
                                  Set<String> representatives);
    }

    /** A row as read: its number and raw values by field name. */
    record RawRow(int rowNumber, Map<String, String> values) {
    }

    /** What one chunk produced. */
    record Output(List<NewRecord> valid, List<QuarantineStore.NewRow> quarantined) {
    }

    private final RowChecker checker;
    private final RecordSchema schema;
    private final Candidates candidates;
    /** Natural key + entity → payload hash and row number of the first row of the batch with that identity. */
    private final Map<String, String[]> seen = new HashMap<>();
    private int rows;
    private int duplicates;
    private int quarantined;
    private int unmatched;
    private long checkNanos;
    private long lookupNanos;
    private long copyNanos;

    ChunkProcessor(RowChecker checker, Candidates candidates) {
        this.checker = checker;
        this.schema = checker.schema();
        this.candidates = candidates;
    }

    Output process(List<RawRow> chunk) {
        long started = System.nanoTime();
        var checked = new ArrayList<CheckedRow>(chunk.size());
        Set<String> codes = new HashSet<>();
        Set<String> registrationNumbers = new HashSet<>();
        Set<String> organisationCodes = new HashSet<>();
        Set<String> representatives = new HashSet<>();
        for (RawRow raw : chunk) {
            CheckedRow row = checker.check(raw.rowNumber(), raw.values());
            checked.add(row);
            if (row.valid()) {
                var party = row.party();
                addIfPresent(codes, party.creditCode());
                addIfPresent(registrationNumbers, party.registrationNumber());
                addIfPresent(organisationCodes, party.organisationCode());
                if (party.creditCode() == null && party.registrationNumber() == null
                        && party.organisationCode() == null && party.legalRepresentative() != null) {
                    representatives.add(row.values().get(schema.legalRepresentative()));
                }
            }
        }
        long lookup = System.nanoTime();
        checkNanos += lookup - started;
        var matcher = new EntityMatcher(codes.isEmpty() && registrationNumbers.isEmpty()
                && organisationCodes.isEmpty() && representatives.isEmpty()
                ? List.of() : candidates.find(codes, registrationNumbers, organisationCodes, representatives));
        lookupNanos += System.nanoTime() - lookup;
        var valid = new ArrayList<NewRecord>(chunk.size());
        var quarantine = new ArrayList<QuarantineStore.NewRow>();
        for (int i = 0; i < chunk.size(); i++) {
            rows++;
            CheckedRow row = checked.get(i);
            RawRow raw = chunk.get(i);
            if (!row.valid()) {
                quarantine.add(quarantined(raw, row.problems()));
                continue;
            }
            var match = matcher.match(row.party(), schema.creditCode() != null ? schema.creditCode() : schema.partyId(),
                    schema.registrationNumber(), schema.organisationCode() != null ? schema.organisationCode()
                            : schema.partyId(), schema.partyName());
            if (!match.matched()) {
                unmatched++;
                quarantine.add(quarantined(raw, List.of(match.problem())));
                continue;
            }
            String payload = PayloadJson.of(row.values());
            String hash = RowHashes.of(payload);
            String identity = row.naturalKey() + '\u0001' + match.entityCode();
            String[] first = seen.putIfAbsent(identity, new String[] {hash, Integer.toString(row.rowNumber())});
            if (first != null) {
                if (first[0].equals(hash)) {
                    duplicates++;
                } else {
                    quarantine.add(quarantined(raw, List.of(RowProblem.of(schema.naturalKey(), "CONFLICTING_ROW",
                            Integer.parseInt(first[1])))));
                }
                continue;
            }
            valid.add(new NewRecord(row.rowNumber(), row.naturalKey(), match.entityCode(), payload, hash,
                    row.decidedOn(), row.validUntil(), match.flagged()));
        }
        quarantined += quarantine.size();
        return new Output(valid, quarantine);
    }

    /** Counts time spent copying this batch's rows into the staging table. */
    void copied(long nanos) {
        copyNanos += nanos;
    }

    /** Milliseconds spent checking rows, looking up candidates in the registry and copying to the stage. */
    long[] timings() {
        return new long[] {checkNanos / 1_000_000, lookupNanos / 1_000_000, copyNanos / 1_000_000};
    }

    int rows() {
        return rows;
    }

    int duplicates() {
        return duplicates;
    }

    int quarantined() {
        return quarantined;
    }

    int unmatched() {
        return unmatched;
    }

    private static QuarantineStore.NewRow quarantined(RawRow raw, List<RowProblem> problems) {
        var values = new LinkedHashMap<String, String>();
        raw.values().forEach((field, value) -> {
            if (value != null && !value.isEmpty()) {
                values.put(field, value.replace("\0", "")); // PostgreSQL stores no NUL in text or jsonb
            }
        });
        return new QuarantineStore.NewRow(raw.rowNumber(), values, problems);
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null) {
            set.add(value);
        }
    }

}
