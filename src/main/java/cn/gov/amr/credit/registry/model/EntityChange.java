package cn.gov.amr.credit.registry.model;

import java.time.Instant;
import java.util.List;

/** One version in an entity's history: who changed what, when. */
public record EntityChange(int version, Instant changedAt, String changedBy, Kind kind, List<FieldChange> changes) {

    public enum Kind { CREATED, UPDATED }
}
