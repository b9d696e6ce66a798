package cn.gov.amr.credit.audit.web;

import java.time.Instant;

import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.audit.model.AuditEntry;
import cn.gov.amr.credit.audit.model.AuditQuery;
import cn.gov.amr.credit.audit.model.ChainHead;
import cn.gov.amr.credit.audit.model.VerificationResult;
import cn.gov.amr.credit.shared.Paged;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/audit")
@PreAuthorize("hasAnyRole('ADMIN', 'AUDITOR')")
@Tag(name = "Audit", description = "The audit trail (ADMIN, AUDITOR)")
class AuditApiController {

    private final AuditLog audit;

    AuditApiController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/entries")
    @Operation(summary = "Search the audit log, newest first; from/to are ISO-8601 instants")
    Paged<AuditEntry> entries(@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
                      @RequestParam(required = false) String target, @RequestParam(required = false) Instant from,
                      @RequestParam(required = false) Instant to, @RequestParam(defaultValue = "1") int page,
                      @RequestParam(defaultValue = "50") int size) {
        return audit.search(new AuditQuery(actor, action, target, from, to, page, size));
    }

    @GetMapping("/head")
    @Operation(summary = "The chain's latest entry and hash")
    ChainHead head() {
        return audit.head();
    }

    @GetMapping("/verification")
    @Operation(summary = "Verify the whole chain; names the first altered or missing entry")
    VerificationResult verify() {
        return audit.verify();
    }
}
