package cn.gov.amr.credit.ingestion.web;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.application.Coverage;
import cn.gov.amr.credit.ingestion.application.CoverageStatistics;
import cn.gov.amr.credit.ingestion.application.Destination;
import cn.gov.amr.credit.ingestion.application.Export;
import cn.gov.amr.credit.ingestion.application.ExportCount;
import cn.gov.amr.credit.ingestion.application.Exports;
import cn.gov.amr.credit.shared.Paged;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Exports to upper-level platforms and coverage statistics. */
@RestController
@Tag(name = "Exports and statistics", description = "Records sent to upper-level platforms; coverage of aggregation")
class ExportApiController {

    private static final String STAFF = "hasAnyRole('ADMIN', 'OFFICER', 'REVIEWER', 'AUDITOR')";
    /** Export files hold every entity's full ID numbers: only administrators make, list or download them. */
    private static final String EXPORTERS = "hasRole('ADMIN')";
    private final Exports exports;
    private final CoverageStatistics statistics;

    ExportApiController(Exports exports, CoverageStatistics statistics) {
        this.exports = exports;
        this.statistics = statistics;
    }

    /** from and to are months (yyyy-MM) of the records' decision dates; format CSV (default) or XLSX. */
    record ExportRequest(Destination destination, RecordKind kind, YearMonth from, YearMonth to, String format) {
    }

    @PostMapping("/api/v1/exports")
    @PreAuthorize(EXPORTERS)
    @Operation(summary = "Export the records routed to a destination (PREFECTURE, NATIONAL) of one kind decided in a "
            + "period, in the national format with full fields (ADMIN only): 201 with the export; 422 if the kind does not go "
            + "there")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Export> export(@RequestBody ExportRequest request) {
        var export = exports.export(request.destination(), request.kind(), request.from(), request.to(),
                request.format());
        return ResponseEntity.created(URI.create("/api/v1/exports/" + export.id())).body(export);
    }

    @GetMapping("/api/v1/exports")
    @PreAuthorize(EXPORTERS)
    @Operation(summary = "Exports made, newest first (ADMIN only)")
    Paged<Export> list() {
        return Paged.whole(exports.all());
    }

    @GetMapping("/api/v1/exports/{id}/file")
    @PreAuthorize(EXPORTERS)
    @Operation(summary = "The exported file, values exact and unmasked (ADMIN only; every download is audited)")
    @ApiResponse(responseCode = "200", description = "The file, as an attachment: CSV (UTF-8) or XLSX", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                    schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<byte[]> file(@PathVariable long id) {
        var file = exports.file(id);
        MediaType type = "XLSX".equals(file.format())
                ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                : new MediaType("text", "csv", StandardCharsets.UTF_8);
        return ResponseEntity.ok().contentType(type).header(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(file.name(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    @GetMapping("/api/v1/exports/counts")
    @PreAuthorize(STAFF)
    @Operation(summary = "Records sent per destination and month of decision (each record version once)")
    Paged<ExportCount> counts(@RequestParam YearMonth from, @RequestParam YearMonth to) {
        return Paged.whole(exports.monthly(from, to));
    }

    @GetMapping("/api/v1/ingest/statistics")
    @PreAuthorize(STAFF)
    @Operation(summary = "Coverage: records by department, kind and month; entities covered; match rate; quarantine "
            + "rate and top reasons")
    Coverage statistics() {
        return statistics.coverage();
    }
}
