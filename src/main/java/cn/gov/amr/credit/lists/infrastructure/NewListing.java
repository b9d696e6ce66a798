package cn.gov.amr.credit.lists.infrastructure;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.registry.EntityKind;

/** A listing decision to store. */
public record NewListing(ListKind list, String entityCode, String entityName, EntityKind entityKind,
                         String jurisdiction, String ground, LocalDate decidedOn, String documentNumber,
                         String authority, String basis, Integer reportYear, String penaltyDocumentNumber,
                         Long penaltyRecordId, Long abnormalListingId, LocalDate objectionUntil, String decidedBy,
                         Instant decidedAt) {
}
