package cn.gov.amr.credit.classification.model;

/** What an override does to the class: set it, raise it to at least, or lower it to at most a letter. */
public enum OverrideEffect {
    SET, AT_LEAST, AT_MOST
}
