package cn.gov.amr.credit.lists;

/** {@code OPEN} until decided (the decision closes it) or dismissed with a reason. */
public enum ProposalStatus {
    OPEN, DECIDED, DISMISSED
}
