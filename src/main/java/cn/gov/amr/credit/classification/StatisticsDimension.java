package cn.gov.amr.credit.classification;

/** How class statistics are broken down (the {@code by} of the statistics API). */
public enum StatisticsDimension {
    JURISDICTION, KIND, INDUSTRY, REGION
}
