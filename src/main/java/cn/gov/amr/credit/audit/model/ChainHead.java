package cn.gov.amr.credit.audit.model;

/** The latest entry of the chain: publishing it lets anyone detect entries cut off the end later. */
public record ChainHead(long seq, String hash) {
}
