package cn.gov.amr.credit.lists;

import java.time.LocalDate;

/**
 * A proposal (拟列入 / 拟移出) waiting for an officer's decision, due within 10 working days of the day its
 * ground arose ({@code dueOn}, computed with the working-day calendar).
 *
 * @param ground          an {@link AbnormalGround} or {@link DishonestField} name
 * @param listingId       for a removal, or a move to the serious dishonest list, the listing concerned
 * @param sourceReference what raised it (e.g. the report year, the inspection record's natural key)
 * @param overdue         open and past {@code dueOn} today
 */
public record Proposal(long id, ListKind list, ProposalAction action, String entityCode, String entityName,
                       String jurisdiction, String ground, Long listingId, LocalDate aroseOn, LocalDate dueOn,
                       ProposalSource source, String sourceReference, ProposalStatus status, boolean overdue) {
}
