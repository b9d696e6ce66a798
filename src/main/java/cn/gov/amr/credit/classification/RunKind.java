package cn.gov.amr.credit.classification;

/** A full reclassification, or a what-if of a model. */
public enum RunKind {
    FULL, WHAT_IF
}
