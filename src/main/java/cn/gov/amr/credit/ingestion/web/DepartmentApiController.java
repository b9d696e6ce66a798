package cn.gov.amr.credit.ingestion.web;

import java.net.URI;
import java.util.Map;
import java.util.Set;

import cn.gov.amr.credit.ingestion.Department;
import cn.gov.amr.credit.ingestion.DepartmentDraft;
import cn.gov.amr.credit.ingestion.DepartmentKind;
import cn.gov.amr.credit.ingestion.Departments;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.shared.IfMatch;
import cn.gov.amr.credit.shared.Paged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The register of source departments (contract: paths and field names are integration promises). */
@RestController
@RequestMapping("/api/v1/departments")
@Tag(name = "Departments", description = "Source departments and their API keys")
class DepartmentApiController {

    private static final String STAFF = "hasAnyRole('ADMIN', 'OFFICER', 'REVIEWER', 'AUDITOR')";
    private final Departments departments;

    DepartmentApiController(Departments departments) {
        this.departments = departments;
    }

    /** name and code required; kind defaults to HORIZONTAL, recordKinds to all kinds. */
    record DepartmentRequest(String name, String code, DepartmentKind kind, Set<RecordKind> recordKinds,
                             Map<RecordKind, Map<String, String>> headerMapping) {
        DepartmentDraft draft() {
            return new DepartmentDraft(name, code, kind, recordKinds, headerMapping);
        }
    }

    /** The new department's id and key; the key is shown in this response only. */
    record IssuedKey(long id, String apiKey, Department department) {
        @Override
        public String toString() {
            return "IssuedKey[id=" + id + "]";
        }
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Register a department (ADMIN) and issue its API key: 201 {id, apiKey}; the key is shown "
            + "once and stored as SHA-256. 409 if the code is registered.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<IssuedKey> register(@RequestBody DepartmentRequest request) {
        var registered = departments.register(request.draft());
        long id = registered.department().id();
        return ResponseEntity.created(URI.create("/api/v1/departments/" + id))
                .body(new IssuedKey(id, registered.apiKey(), registered.department()));
    }

    @GetMapping
    @PreAuthorize(STAFF)
    @Operation(summary = "All departments, with the prefix of each one's key (never the key)")
    Paged<Department> list() {
        return Paged.whole(departments.all());
    }

    @GetMapping("/{id}")
    @PreAuthorize(STAFF)
    @Operation(summary = "One department, with its version as ETag")
    ResponseEntity<Department> get(@PathVariable long id) {
        var department = departments.get(id);
        return ResponseEntity.ok().eTag(Integer.toString(department.version())).body(department);
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Change name, kind, record kinds and header mapping (ADMIN); If-Match: 412 when stale")
    ResponseEntity<Department> change(@PathVariable long id, @RequestBody DepartmentRequest request,
                                      @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var department = departments.change(id, request.draft(), IfMatch.version(ifMatch));
        return ResponseEntity.ok().eTag(Integer.toString(department.version())).body(department);
    }

    @PostMapping("/{id}/key-rotation")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Revoke the department's key and issue a new one (ADMIN); the new key is shown once")
    IssuedKey rotate(@PathVariable long id) {
        var rotated = departments.rotateKey(id);
        return new IssuedKey(id, rotated.apiKey(), rotated.department());
    }

    @DeleteMapping("/{id}/key")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Revoke the department's key at once (ADMIN)")
    Department revoke(@PathVariable long id) {
        return departments.revokeKey(id);
    }
}
