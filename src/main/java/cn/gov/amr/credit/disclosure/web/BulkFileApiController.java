package cn.gov.amr.credit.disclosure.web;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;

import cn.gov.amr.credit.audit.AuditActions;
import cn.gov.amr.credit.audit.AuditLog;
import cn.gov.amr.credit.disclosure.application.BulkFiles;
import cn.gov.amr.credit.disclosure.model.BulkFile;
import cn.gov.amr.credit.shared.LegalTime;
import cn.gov.amr.credit.shared.Paged;
import cn.gov.amr.credit.shared.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The daily public bulk file: listed and downloaded by anyone; written again on demand by an ADMIN. */
@RestController
@Tag(name = "Public credit information", description = "No authentication; personal data masked")
class BulkFileApiController {

    private static final String LATEST = "latest";
    private final BulkFiles files;
    private final AuditLog audit;
    private final java.time.Clock clock;

    BulkFileApiController(BulkFiles files, AuditLog audit, java.time.Clock clock) {
        this.files = files;
        this.audit = audit;
        this.clock = clock;
    }

    @GetMapping("/api/v1/public/bulk-files")
    @Operation(summary = "The daily bulk files of the public dataset kept (newest first): day, size, SHA-256, the "
            + "change-feed cursor the file is complete up to (continue with /api/v1/public/changes?since=), and url")
    Paged<BulkFile> list() {
        return Paged.whole(files.list());
    }

    @GetMapping("/api/v1/public/bulk-files/{day}")
    @Operation(summary = "Download a day's bulk file (yyyy-MM-dd, or 'latest'): a zip of CSV files (UTF-8 with BOM, "
            + "RFC 4180) — entities.csv, annualReports.csv, inspections.csv, licences.csv, penalties.csv, "
            + "abnormalListings.csv, seriousDishonestListings.csv — and manifest.json with every file's columns and "
            + "rows; the columns are documented in docs/disclosure.md. Personal data masked; penalties only inside "
            + "their publicity period.")
    @ApiResponse(responseCode = "200", description = "The zip", content = @Content(mediaType = "application/zip",
            schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "404", description = "No file for the day (problem details, code BULK_FILE_NOT_FOUND)")
    void download(@PathVariable String day, HttpServletResponse response) {
        files.send(LATEST.equals(day) ? null : parse(day), file -> {
            response.setContentType("application/zip");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.fileName() + "\"");
            response.setHeader(HttpHeaders.ETAG, "\"" + file.sha256() + "\"");
            response.setContentLengthLong(file.sizeBytes());
            try {
                return response.getOutputStream();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    @PostMapping("/api/v1/bulk-files")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Write today's bulk file now (ADMIN), replacing today's: 201 with the file; 409 while another "
            + "is being written. The daily job writes one every day without this.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<BulkFile> generate() {
        var file = files.generate(LegalTime.today(clock));
        audit.record(AuditActions.BULK_FILE_GENERATED, "bulk-file:" + file.day(), Map.of("sha256", file.sha256(),
                "entities", Long.toString(file.entities()), "records", Long.toString(file.records())));
        return ResponseEntity.created(URI.create(file.url())).body(file);
    }

    private static LocalDate parse(String day) {
        try {
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "BULK_FILE_NOT_FOUND");
        }
    }
}
