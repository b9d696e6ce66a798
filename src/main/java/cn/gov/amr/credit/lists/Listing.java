package cn.gov.amr.credit.lists;

import java.time.Instant;
import java.time.LocalDate;

import cn.gov.amr.credit.registry.EntityKind;

/**
 * One listing decision (列入决定) on one of the lists, with its removal once removed.
 *
 * @param ground               for {@code ABNORMAL} and {@code ABNORMAL_STATE} an {@link AbnormalGround} name,
 *                             for {@code SERIOUS_DISHONEST} a {@link DishonestField} name
 * @param authority            the deciding authority (作出决定机关)
 * @param penaltyDocumentNumber serious dishonest list: the heavy penalty's document number as given
 * @param penaltyRecordId      serious dishonest list: the aggregated penalty record it matched, or null
 * @param abnormalListingId    serious dishonest list after three years on the abnormal list: that listing
 * @param objectionUntil       abnormal state: the last day of the 30-day objection window
 * @param removal              null while the entity is on the list
 */
public record Listing(long id, ListKind list, String entityCode, String entityName, EntityKind entityKind,
                      String jurisdiction, String ground, LocalDate decidedOn, String documentNumber,
                      String authority, String basis, String penaltyDocumentNumber, Long penaltyRecordId,
                      Long abnormalListingId, LocalDate objectionUntil, Removal removal, String decidedBy,
                      Instant decidedAt) {

    /**
     * For a serious dishonest listing its violation field (the same as {@code ground}, under the name its
     * decision carries); absent on the other lists.
     */
    @com.fasterxml.jackson.annotation.JsonProperty("field")
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public String field() {
        return list == ListKind.SERIOUS_DISHONEST ? ground : null;
    }

    /** Whether the listing is in force on {@code day}: decided on or before it and not removed by then. */
    public boolean inForceOn(LocalDate day) {
        return !decidedOn.isAfter(day) && (removal == null || removal.decidedOn().isAfter(day));
    }
}
