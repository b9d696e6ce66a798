package cn.gov.amr.credit.classification.model;

/**
 * The five first-level dimensions of the general model (DOMAIN §5): basic attributes (age, kind, capital,
 * industry), dynamic information (registration changes, annual reports), supervision information
 * (penalties, lists, inspections), relations (related entities), social evaluation (complaints,
 * commendations, commitments).
 */
public enum Dimension {
    BASIC, DYNAMIC, SUPERVISION, RELATIONS, SOCIAL
}
