package cn.gov.amr.credit.disclosure.web;

import java.util.List;

import cn.gov.amr.credit.disclosure.application.PublicChanges;
import cn.gov.amr.credit.disclosure.application.PublicCredit;
import cn.gov.amr.credit.disclosure.model.IssuedReport;
import cn.gov.amr.credit.disclosure.model.PublicChangePage;
import cn.gov.amr.credit.disclosure.model.PublicEntitySummary;
import cn.gov.amr.credit.disclosure.model.PublicReport;
import cn.gov.amr.credit.registry.EntityQuery;
import cn.gov.amr.credit.shared.Paged;
import cn.gov.amr.credit.shared.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Public search without sign-in (contract: path and field names are integration promises). */
@RestController
@Tag(name = "Public credit information", description = "No authentication; personal data masked")
class PublicEntityApiController {

    private final PublicCredit credit;
    private final PublicChanges changes;

    PublicEntityApiController(PublicCredit credit, PublicChanges changes) {
        this.credit = credit;
        this.changes = changes;
    }

    @GetMapping("/api/v1/public/entities/{code}")
    @Operation(summary = "The public credit report of an entity: entity, annualReports, inspections, licences, "
            + "penalties (inside their publicity period only), abnormalListings (the abnormal-operations list and the "
            + "abnormal state of individual businesses; fields.list says which; removed ones only where the policy "
            + "publishes them), seriousDishonestListings (while in force); every array always present, read live. "
            + "Personal data masked; the internal risk class is never shown.")
    PublicReport report(@PathVariable String code) {
        return credit.report(code);
    }

    @GetMapping("/api/v1/public/changes")
    @Operation(summary = "The change feed: entities whose public information may have changed since the cursor, "
            + "oldest first, at most size (≤ 1000) per page; ask again with since=nextCursor and re-read the named "
            + "reports. Reasons: REGISTRY (registered or changed), RECORDS (records added or changed), OBJECTION "
            + "(raised or answered), PUBLICITY (a penalty left its publicity period), LISTS (put on or removed from "
            + "a list, marked abnormal or restored). Start from a bulk file's "
            + "feedCursor. No scraping needed.")
    PublicChangePage changes(@RequestParam(required = false) String since,
                             @RequestParam(defaultValue = "100") int size) {
        return changes.since(since, size);
    }

    @GetMapping("/api/v1/public/reports/{verificationCode}")
    @Operation(summary = "Verify a printed credit report: the report as issued under its verification code, when, and "
            + "the SHA-256 of its content; 404 if no report was issued under the code")
    IssuedReport verify(@PathVariable String verificationCode) {
        return credit.verify(verificationCode);
    }

    @GetMapping("/api/v1/public/entities")
    @Operation(summary = "Search entities by a fragment of two or more characters of a current or former name, a "
            + "credit code or a registration number; page from 1, size at most 100. Shows name, code, kind, status, "
            + "the legal representative's name and list marks. A query too short answers 400 with what to enter.")
    Paged<PublicEntitySummary> search(@RequestParam(required = false) String q, @RequestParam(defaultValue = "1") int page,
                            @RequestParam(defaultValue = "20") int size) {
        if (size > EntityQuery.MAX_SIZE || size < 1 || page < 1) {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_PARAMETER", List.of(
                    new Refusal.FieldProblem(page < 1 ? "page" : "size", "PAGE_RANGE", List.of(EntityQuery.MAX_SIZE))));
        }
        return credit.search(q, page, size);
    }
}
