package cn.gov.amr.credit.lists;

import java.time.LocalDate;

/**
 * An officer's proposal (拟列入) from a finding of its own, e.g. the registered address found unreachable
 * on a visit (contract of {@code POST /api/v1/lists/proposals}): the entity, the ground (an
 * {@link AbnormalGround} name, which leads to the abnormal list or, for an individual business, the abnormal
 * state; or a {@link DishonestField} name, the serious dishonest list), the day the ground arose (the
 * deadline of 10 working days runs from it) and a note of the finding.
 */
public record ManualProposal(String code, String ground, LocalDate aroseOn, String note) {
}
