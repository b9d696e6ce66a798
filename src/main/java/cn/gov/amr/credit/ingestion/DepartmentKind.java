package cn.gov.amr.credit.ingestion;

/** A horizontal department of the city (education, health …) or one of the bureau's own business systems. */
public enum DepartmentKind {
    HORIZONTAL, INTERNAL
}
