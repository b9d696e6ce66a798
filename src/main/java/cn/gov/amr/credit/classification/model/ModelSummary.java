package cn.gov.amr.credit.classification.model;

import cn.gov.amr.credit.classification.model.ModelDefinition;

import java.time.Instant;

/** One model version: its definition and who created and activated it, when. */
public record ModelSummary(long id, int version, String name, ModelStatus status, ModelDefinition definition,
                           Instant createdAt, String createdBy, Instant activatedAt, String activatedBy) {
}
