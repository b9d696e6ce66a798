package cn.gov.amr.credit.lists;

/** What a proposal asks an officer to decide: a listing (or marking), or a removal (or restoration). */
public enum ProposalAction {
    LISTING, REMOVAL
}
