package cn.gov.amr.credit.registry;

/** Kind of a legal representative's identity document. */
public enum IdType {
    RESIDENT_ID, PASSPORT, OTHER
}
