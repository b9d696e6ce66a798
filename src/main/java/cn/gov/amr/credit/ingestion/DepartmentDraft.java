package cn.gov.amr.credit.ingestion;

import java.util.Map;
import java.util.Set;

/** What an ADMIN gives to register or change a department; null kind and record kinds take the defaults. */
public record DepartmentDraft(String name, String code, DepartmentKind kind, Set<RecordKind> recordKinds,
                              Map<RecordKind, Map<String, String>> headerMapping) {
}
