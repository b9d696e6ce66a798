package cn.gov.amr.credit.lists.infrastructure;

import java.time.LocalDate;

import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.ProposalAction;
import cn.gov.amr.credit.lists.ProposalSource;

/**
 * A proposal to raise. {@code occasion} names what it is about (e.g. {@code AR:2025:<code>}): a proposal
 * whose occasion exists already is not raised again, whatever its status.
 */
public record NewProposal(ListKind list, ProposalAction action, String entityCode, String entityName,
                          String jurisdiction, String ground, Long listingId, java.time.LocalDate aroseOn,
                          LocalDate dueOn, ProposalSource source, String sourceReference, String occasion) {
}
