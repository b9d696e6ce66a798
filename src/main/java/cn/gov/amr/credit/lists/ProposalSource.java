package cn.gov.amr.credit.lists;

/**
 * Where a proposal came from: {@code ANNUAL_REPORT} a non-filer after 30 June; {@code INSPECTION} an
 * inspection result that leads to listing (DOMAIN §6); {@code THREE_YEARS} three years on the abnormal
 * list unremedied; {@code REMEDIED} the ground of a listing is remedied (removal proposal);
 * {@code MANUAL} an officer.
 */
public enum ProposalSource {
    ANNUAL_REPORT, INSPECTION, THREE_YEARS, REMEDIED, MANUAL
}
