package cn.gov.amr.credit.demo.departments;

import java.util.List;

/** What {@link SyntheticDepartments#writeTo} wrote: the departments and their files, with row counts. */
public record DemoManifest(List<DemoDepartment> departments, List<DemoFile> files) {

    public DemoManifest {
        departments = List.copyOf(departments);
        files = List.copyOf(files);
    }

    public int acceptedRows() {
        return files.stream().mapToInt(DemoFile::acceptedRows).sum();
    }

    public int messyRows() {
        return files.stream().mapToInt(DemoFile::messyRows).sum();
    }

    public int duplicateRows() {
        return files.stream().mapToInt(DemoFile::duplicateRows).sum();
    }
}
