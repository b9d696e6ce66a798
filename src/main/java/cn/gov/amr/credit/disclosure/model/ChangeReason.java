package cn.gov.amr.credit.disclosure.model;

/**
 * Why an entity is in the public change feed; the name is what the feed's {@code reason} says (a contract
 * with the consumers of {@code /api/v1/public/changes}).
 */
public enum ChangeReason {
    /** Its registered data was registered or changed. */
    REGISTRY,
    /** A batch added, changed or withdrew records of it. */
    RECORDS,
    /** An objection to it was raised or answered. */
    OBJECTION,
    /** A penalty of it left its publicity period (entered when the next bulk file is written). */
    PUBLICITY,
    /** It was put on a list or removed (restored), or marked abnormal or restored (a list decision). */
    LISTS
}
