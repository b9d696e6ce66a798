package cn.gov.amr.credit.identity;

/**
 * What a user may do. A user may hold several roles.
 * <ul>
 * <li>{@code ADMIN}: everything, including users and keys.</li>
 * <li>{@code OFFICER}: belongs to a department and a jurisdiction; reads all supervision data and
 *     changes only what lies in its jurisdiction.</li>
 * <li>{@code REVIEWER}: decides reviews (objections, credit repair).</li>
 * <li>{@code AUDITOR}: reads the audit log and confidential draw material; changes nothing.</li>
 * <li>{@code DEPARTMENT}: a machine client of another department; sends records, reads its own batches.</li>
 * </ul>
 */
public enum Role {
    ADMIN, OFFICER, REVIEWER, AUDITOR, DEPARTMENT;

    /** The Spring Security authority name, such as {@code ROLE_ADMIN}. */
    public String authority() {
        return "ROLE_" + name();
    }
}
