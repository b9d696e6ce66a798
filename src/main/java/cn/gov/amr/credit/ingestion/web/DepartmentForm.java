package cn.gov.amr.credit.ingestion.web;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import cn.gov.amr.credit.ingestion.DepartmentDraft;
import cn.gov.amr.credit.ingestion.DepartmentKind;
import cn.gov.amr.credit.ingestion.RecordKind;

/** The fields of the form that registers a department (no header mapping: that is the API's). */
public class DepartmentForm {

    private String name;
    private String code;
    private DepartmentKind kind = DepartmentKind.HORIZONTAL;
    private Set<RecordKind> recordKinds = EnumSet.noneOf(RecordKind.class);

    DepartmentDraft toDraft() {
        return new DepartmentDraft(name, code, kind, recordKinds, Map.of());
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public DepartmentKind getKind() { return kind; }
    public void setKind(DepartmentKind kind) { this.kind = kind; }
    public Set<RecordKind> getRecordKinds() { return recordKinds; }
    public void setRecordKinds(Set<RecordKind> recordKinds) {
        this.recordKinds = recordKinds == null ? EnumSet.noneOf(RecordKind.class) : recordKinds;
    }
}
