package cn.gov.amr.credit.lists;

import java.time.LocalDate;

/**
 * A decision to put an entity on the serious illegal and dishonest list (contract of
 * {@code POST /api/v1/lists/serious-dishonest}): by the authority that imposed the heavy penalty, with the
 * violation {@code field} and the penalty's document number; a move after three years on the abnormal list
 * has field {@code ABNORMAL_LIST_THREE_YEARS} and names that listing in {@code abnormalListingId}.
 */
public record SeriousDishonestDecision(String code, DishonestField field, LocalDate decidedOn, String documentNumber,
                                       String authority, String penaltyDocumentNumber, Long abnormalListingId,
                                       Long proposalId) {
}
