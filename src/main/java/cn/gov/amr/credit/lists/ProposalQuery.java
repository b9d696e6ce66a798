package cn.gov.amr.credit.lists;

/**
 * A filter over proposals; every criterion optional. Results come overdue first, then by due date.
 */
public record ProposalQuery(ListKind list, ProposalStatus status, String jurisdiction, String code, int page,
                            int size) {

    public ProposalQuery {
        page = Math.max(1, page);
        size = Math.min(Math.max(1, size), ListingQuery.MAX_SIZE);
    }
}
