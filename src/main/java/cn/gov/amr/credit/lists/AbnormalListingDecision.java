package cn.gov.amr.credit.lists;

import java.time.LocalDate;

/**
 * An officer's decision to put an enterprise or cooperative on the abnormal-operations list (contract of
 * {@code POST /api/v1/lists/abnormal}) or, without {@code authority}, to mark an individual business abnormal
 * ({@code POST /api/v1/lists/abnormal-state}). {@code authority} defaults to the officer's jurisdiction's
 * name when absent. {@code proposalId} optionally names the proposal decided (else any open listing
 * proposal of the same entity and ground is closed by the decision).
 */
public record AbnormalListingDecision(String code, AbnormalGround ground, LocalDate decidedOn, String documentNumber,
                                      String authority, Long proposalId) {
}
