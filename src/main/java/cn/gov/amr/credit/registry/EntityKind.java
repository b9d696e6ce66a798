package cn.gov.amr.credit.registry;

/**
 * The kind of a market entity. For codes issued by market supervision (first character {@code 9})
 * the second character decides it: 1 enterprise, 2 individual business, 3 farmers' cooperative.
 */
public enum EntityKind {
    ENTERPRISE, INDIVIDUAL_BUSINESS, COOPERATIVE, OTHER;

    /** The kind a credit code implies; {@code OTHER} for every other registration authority. */
    public static EntityKind impliedBy(String creditCode) {
        if (creditCode == null || creditCode.length() < 2 || creditCode.charAt(0) != '9') {
            return OTHER;
        }
        return switch (creditCode.charAt(1)) {
            case '1' -> ENTERPRISE;
            case '2' -> INDIVIDUAL_BUSINESS;
            case '3' -> COOPERATIVE;
            default -> OTHER;
        };
    }
}
