package cn.gov.amr.credit.identity.web;

import java.net.URI;

import cn.gov.amr.credit.identity.ApiClient;
import cn.gov.amr.credit.identity.ApiKeys;
import cn.gov.amr.credit.identity.IssuedApiKey;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/api-keys")
@Tag(name = "API keys", description = "Department client keys")
class ApiKeyApiController {

    private final ApiKeys keys;

    ApiKeyApiController(ApiKeys keys) {
        this.keys = keys;
    }

    record IssueRequest(String clientName, String department) {
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "List department clients and their key prefixes (ADMIN); keys themselves are never shown again")
    Paged<ApiClient> list() {
        return Paged.whole(keys.all());
    }

    @PostMapping
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Issue a key for a department client (ADMIN); the key is in this response only")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<IssuedApiKey> issue(@RequestBody IssueRequest request) {
        var issued = keys.issue(request.clientName(), request.department());
        return ResponseEntity.created(URI.create("/api/v1/api-keys/" + issued.id())).body(issued);
    }

    @PostMapping("/{id}/rotation")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Revoke a key and issue a new one for the same client (ADMIN)")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<IssuedApiKey> rotate(@PathVariable long id) {
        var issued = keys.rotate(id);
        return ResponseEntity.created(URI.create("/api/v1/api-keys/" + issued.id())).body(issued);
    }

    @DeleteMapping("/{id}")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Revoke a key at once (ADMIN)")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> revoke(@PathVariable long id) {
        keys.revoke(id);
        return ResponseEntity.noContent().build();
    }
}
