package cn.gov.amr.credit.classification.model;

/**
 * A class of a model: its letter ("A"), its label ("低风险") and the lowest score in it (null for the
 * first class, which takes every score below the second's minimum). Minimums rise strictly.
 */
public record RiskClassDef(String letter, String label, Integer minScore) {
}
