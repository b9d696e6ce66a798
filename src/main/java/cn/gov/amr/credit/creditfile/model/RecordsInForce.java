package cn.gov.amr.credit.creditfile.model;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import cn.gov.amr.credit.ingestion.RecordFact;
import cn.gov.amr.credit.ingestion.RecordKind;

/** What several flag policies ask of a set of records: those of a kind, their earliest decision, their latest end. */
final class RecordsInForce {

    private RecordsInForce() {
    }

    static List<RecordFact> ofKind(Collection<RecordFact> facts, RecordKind kind) {
        return facts.stream().filter(f -> f.kind() == kind).toList();
    }

    /** Whether a record ending on {@code validUntil} is still in force on {@code today} (its last day included). */
    static boolean inForce(LocalDate validUntil, LocalDate today) {
        return !validUntil.isBefore(today);
    }

    /** The earliest decision date; null when none is known. */
    static LocalDate earliest(Collection<RecordFact> facts) {
        return facts.stream().map(RecordFact::decidedOn).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
    }

    /** The latest validity end; null when none has one. */
    static LocalDate latestEnd(Collection<RecordFact> facts) {
        return facts.stream().map(RecordFact::validUntil).filter(Objects::nonNull).max(LocalDate::compareTo).orElse(null);
    }
}
