package cn.gov.amr.credit.classification.model;

/**
 * One indicator: an id unique in its model (referred to by overrides), its name as officers read it
 * ("近3年行政处罚"), its dimension, the unit of its value ("次", "年", "万元"; empty for yes/no), what it
 * measures, and the points its value gives.
 */
public record IndicatorDef(String id, String name, Dimension dimension, String unit, Measure measure,
                           Points points) {

    public IndicatorDef {
        unit = unit == null ? "" : unit;
    }
}
