package cn.gov.amr.credit.ingestion;

/** A department with its newly issued API key: the only time the key is shown. */
public record RegisteredDepartment(Department department, String apiKey) {

    @Override
    public String toString() {
        return "RegisteredDepartment[" + department.code() + "]";
    }
}
