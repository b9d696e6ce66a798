package cn.gov.amr.credit.creditfile.web;

import cn.gov.amr.credit.creditfile.application.CreditFiles;
import cn.gov.amr.credit.creditfile.model.CreditFile;
import cn.gov.amr.credit.ingestion.CreditRecord;
import cn.gov.amr.credit.shared.Paged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Credit files (contract: path and field names are integration promises). */
@RestController
@Tag(name = "Credit files", description = "Each entity's records and flags")
class CreditFileApiController {

    private static final String STAFF = "hasAnyRole('ADMIN', 'OFFICER', 'REVIEWER', 'AUDITOR')";
    private final CreditFiles files;

    CreditFileApiController(CreditFiles files) {
        this.files = files;
    }

    @GetMapping("/api/v1/entities/{code}/credit-file")
    @PreAuthorize(STAFF)
    @Operation(summary = "An entity's credit file: {entity, records (current versions, newest decision first, each "
            + "with kind, documentNumber, department, batch, receivedAt, version and its fields; personal ID numbers "
            + "masked), flags in force today, listings (every decision on the lists, newest first, with its removal)}")
    CreditFile file(@PathVariable String code) {
        return files.of(code);
    }

    @GetMapping("/api/v1/entities/{code}/credit-file/records/{id}/versions")
    @PreAuthorize(STAFF)
    @Operation(summary = "Every version of one record, newest first")
    Paged<CreditRecord> versions(@PathVariable String code, @PathVariable long id) {
        return Paged.whole(files.versions(code, id));
    }
}
