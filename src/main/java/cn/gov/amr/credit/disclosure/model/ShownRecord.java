package cn.gov.amr.credit.disclosure.model;

import cn.gov.amr.credit.ingestion.RecordKind;

/** A record of an entity's public report with its kind (for naming it in an objection). */
public record ShownRecord(RecordKind kind, PublicRecord record) {
}
