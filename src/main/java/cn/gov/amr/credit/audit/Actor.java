package cn.gov.amr.credit.audit;

/**
 * Who did something and from where.
 *
 * @param name          a user name, a department client's name, or {@code system}
 * @param clientAddress the client's network address, empty for the system itself
 */
public record Actor(String name, String clientAddress) {

    public static final String SYSTEM = "system";

    public static Actor system() {
        return new Actor(SYSTEM, "");
    }
}
