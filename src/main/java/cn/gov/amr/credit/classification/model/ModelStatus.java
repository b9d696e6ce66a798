package cn.gov.amr.credit.classification.model;

/** A model version's life: a draft, the one active model, or retired (kept, never deleted). */
public enum ModelStatus {
    DRAFT, ACTIVE, RETIRED
}
