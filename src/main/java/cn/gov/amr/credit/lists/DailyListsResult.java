package cn.gov.amr.credit.lists;

/** What one run of the daily lists job did: proposals raised and listings removed automatically (contract). */
public record DailyListsResult(int proposalsRaised, int removed) {
}
