package cn.gov.amr.credit.ingestion.application;

/** Upper-level platforms the city's records are sent to. */
public enum Destination {
    /** The prefecture (Jiujiang) credit platform: all departments' licences and penalties (双公示). */
    PREFECTURE,
    /** The national enterprise credit publicity system: what market supervision decided. */
    NATIONAL
}
