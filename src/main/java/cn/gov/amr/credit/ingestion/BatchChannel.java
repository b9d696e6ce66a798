package cn.gov.amr.credit.ingestion;

/** How a batch arrived: an uploaded file, a JSON push, or an officer's correction of quarantined rows. */
public enum BatchChannel {
    FILE, PUSH, CORRECTION
}
