package cn.gov.amr.credit.classification.application;

/** The audit actions of the classification. */
final class ClassificationAudit {
    static final String MODEL_DRAFTED = "CLASSIFICATION_MODEL_DRAFTED";
    static final String MODEL_ACTIVATED = "CLASSIFICATION_MODEL_ACTIVATED";
    static final String RUN_STARTED = "CLASSIFICATION_RUN_STARTED";

    private ClassificationAudit() {
    }
}
