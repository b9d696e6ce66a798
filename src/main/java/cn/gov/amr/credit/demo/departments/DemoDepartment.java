package cn.gov.amr.credit.demo.departments;

import java.util.Set;

import cn.gov.amr.credit.ingestion.RecordKind;

/**
 * A source department of the demo city.
 *
 * @param name        its Chinese name (for the bureau's own business systems: the bureau's name and the system's)
 * @param code        its own unified social credit code (government body, first character {@code 1}, valid check characters)
 * @param kind        {@code HORIZONTAL} (another department) or {@code INTERNAL} (a business system of market supervision)
 * @param recordKinds the kinds of records it sends
 */
public record DemoDepartment(String name, String code, String kind, Set<RecordKind> recordKinds) {

    public DemoDepartment {
        recordKinds = Set.copyOf(recordKinds);
    }

    public boolean internal() {
        return "INTERNAL".equals(kind);
    }
}
