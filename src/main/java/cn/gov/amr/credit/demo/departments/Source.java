package cn.gov.amr.credit.demo.departments;

/**
 * A department as records name it: its own name and code as the data source, and the authority that
 * decides (the bureau itself for its business systems, the department otherwise).
 */
record Source(String key, DemoDepartment department, String authorityName, String authorityCode) {

    String name() {
        return department.name();
    }

    String code() {
        return department.code();
    }
}
