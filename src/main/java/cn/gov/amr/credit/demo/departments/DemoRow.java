package cn.gov.amr.credit.demo.departments;

import java.util.Map;

/** One generated row: raw values by field name, and what the pipeline is to make of it. */
record DemoRow(Map<String, String> values, Outcome outcome) {

    enum Outcome {
        /** Valid (perhaps after normalisation), matching one entity, with its own natural key. */
        ACCEPTED,
        /** Failing a check or matching no entity. */
        QUARANTINED,
        /** An exact copy of an accepted row of the same file. */
        DUPLICATE
    }
}
