package cn.gov.amr.credit.creditfile;

/**
 * What the credit file flags: on the courts' dishonest-debtor list; an administrative penalty still
 * in force; the last annual report not filed after its deadline; a commendation in force.
 */
public enum FlagKind {
    DISHONEST_DEBTOR, PENALTY_IN_FORCE, ANNUAL_REPORT_MISSING, COMMENDED;

    public String messageKey() {
        return "flag." + name();
    }
}
