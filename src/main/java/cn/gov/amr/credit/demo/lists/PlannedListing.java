package cn.gov.amr.credit.demo.lists;

import java.time.LocalDate;

import cn.gov.amr.credit.lists.AbnormalGround;
import cn.gov.amr.credit.lists.ListKind;

/**
 * One listing (abnormal-operations list) or marking (abnormal state) the demo decides, with its removal
 * or restoration when it has one.
 *
 * @param list       {@code ABNORMAL} or {@code ABNORMAL_STATE}
 * @param proposalId the open proposal the listing decides (unfiled annual reports), else null
 * @param removal    null when the entity stays listed
 */
record PlannedListing(ListKind list, String code, String jurisdiction, AbnormalGround ground, LocalDate decidedOn,
                      String documentNumber, String authority, Long proposalId, PlannedRemoval removal) {

    /**
     * The removal (移出) or restoration (恢复): on what day, under which document, why; for a listing for
     * unfiled annual reports, the day the missing report was filed late ({@code filedOn}, else null).
     */
    record PlannedRemoval(LocalDate decidedOn, String documentNumber, String reason, LocalDate filedOn) {
    }
}
