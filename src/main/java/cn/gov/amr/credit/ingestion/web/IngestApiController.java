package cn.gov.amr.credit.ingestion.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import cn.gov.amr.credit.ingestion.Batch;
import cn.gov.amr.credit.ingestion.BatchChannel;
import cn.gov.amr.credit.ingestion.BatchStatus;
import cn.gov.amr.credit.ingestion.BatchWarning;
import cn.gov.amr.credit.ingestion.Ingestion;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.application.Quarantine;
import cn.gov.amr.credit.ingestion.application.QuarantinedRow;
import cn.gov.amr.credit.shared.Paged;
import cn.gov.amr.credit.shared.Refusal;
import cn.gov.amr.credit.ingestion.application.IngestionSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.bind.MissingServletRequestParameterException;

/**
 * Aggregation's contract with departments: files and pushes in, batch progress and errors out.
 * Paths and field names are integration promises.
 */
@RestController
@RequestMapping("/api/v1/ingest")
@Tag(name = "Ingestion", description = "Credit records from departments: files, pushes, batches, quarantine")
class IngestApiController {

    private static final String SENDERS = "hasAnyRole('ADMIN', 'OFFICER', 'DEPARTMENT')";
    private static final String READERS = "hasAnyRole('ADMIN', 'OFFICER', 'REVIEWER', 'AUDITOR', 'DEPARTMENT')";
    private static final String STAFF = "hasAnyRole('ADMIN', 'OFFICER', 'REVIEWER', 'AUDITOR')";
    private static final String CORRECTORS = "hasAnyRole('ADMIN', 'OFFICER')";
    private static final int MAX_PAGE = 1000;

    private final Ingestion ingestion;
    private final Quarantine quarantine;
    private final RowErrorMessages messages;
    private final IngestionSettings settings;

    IngestApiController(Ingestion ingestion, Quarantine quarantine, RowErrorMessages messages,
                        IngestionSettings settings) {
        this.ingestion = ingestion;
        this.quarantine = quarantine;
        this.messages = messages;
        this.settings = settings;
    }

    record Accepted(long id, BatchStatus status) {
    }

    /** A batch with its counters and its first 100 errors ({@code errorCount} in all). */
    record BatchReport(long id, long departmentId, String department, RecordKind kind,
                       @Schema(implementation = BatchChannel.class) String channel, String fileName,
                       @Schema(allowableValues = {"CSV", "XLSX", "JSON"}) String format, String encoding,
                       BatchStatus status, int attempts, int rows,
                       int accepted, int duplicates, int superseded, int quarantined, int flagged, double progress,
                       String failureCode, String failureMessage, BatchWarning warningCode, String warningMessage,
                       java.time.Instant submittedAt, String submittedBy,
                       java.time.Instant finishedAt, int errorCount, List<RowErrorMessages.Entry> errors) {
    }

    record Correction(Map<String, String> values) {
    }

    @PostMapping(path = "/batches", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(SENDERS)
    @Operation(summary = "Send a file of records (CSV in UTF-8 or GBK, or XLSX; up to 50 MB): 202 {id}. Headers are "
            + "the national field names or field codes (or the department's mapping). 403 if the department may not "
            + "send the kind; 422 if the file cannot be read or lacks required columns; 413 if too large. Officers "
            + "send on a department's behalf with department=<id>.")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<Accepted> upload(@RequestPart("file") MultipartFile file,
                                    @Parameter(description = "The record kind, in the query or as a form field beside "
                                            + "the file: one of the two is required (400 MISSING_PARAMETER)")
                                    @RequestParam(required = false) RecordKind kind,
                                    @Parameter(description = "The department an officer sends for, in the query or as "
                                            + "a form field")
                                    @RequestParam(required = false) Long department)
            throws MissingServletRequestParameterException {
        if (kind == null) {
            throw new MissingServletRequestParameterException("kind", RecordKind.class.getSimpleName());
        }
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return accepted(ingestion.submitFile(department, kind, file.getOriginalFilename(), content));
    }

    @PostMapping(path = "/records", consumes = MediaType.APPLICATION_JSON_VALUE)
    @PreAuthorize(SENDERS)
    @Operation(summary = "Push a JSON array of at most 10,000 records of one kind, with the English field names of "
            + "the kind (see docs/ingestion.md): 202 {id}, the same batch resource as a file. 413 for more records.")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<Accepted> push(@RequestParam RecordKind kind, @RequestParam(required = false) Long department,
                                  jakarta.servlet.http.HttpServletRequest request) {
        return accepted(ingestion.submitPush(department, kind, readCapped(request)));
    }

    /** The body, read no further than the file-size limit (a push is never larger than a file may be). */
    private byte[] readCapped(jakarta.servlet.http.HttpServletRequest request) {
        long limit = settings.maxFileSize().toBytes();
        if (request.getContentLengthLong() > limit) {
            throw new Refusal(Refusal.Kind.TOO_LARGE, "FILE_TOO_LARGE", settings.maxFileSize().toMegabytes());
        }
        try (var in = request.getInputStream()) {
            byte[] body = in.readNBytes((int) limit + 1);
            if (body.length > limit) {
                throw new Refusal(Refusal.Kind.TOO_LARGE, "FILE_TOO_LARGE", settings.maxFileSize().toMegabytes());
            }
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @GetMapping("/batches")
    @PreAuthorize(READERS)
    @Operation(summary = "Batches, newest first (a department sees its own)")
    Paged<Batch> batches(@RequestParam(required = false) Long department,
                      @RequestParam(required = false) BatchStatus status,
                      @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
        checkPage(page, size);
        return Paged.of(ingestion.batches(department, status, page, size), page, size,
                ingestion.batchCount(department, status));
    }

    @GetMapping("/batches/{id}")
    @PreAuthorize(READERS)
    @Operation(summary = "A batch's status and counts: rows, accepted (new records and new versions), duplicates "
            + "(unchanged resends), superseded (changed rows not applied: a later batch already holds a newer version "
            + "of their record), quarantined, flagged, a warning of a completed batch (warningCode NO_ROWS: a header "
            + "and no rows), and its first 100 errors")
    BatchReport batch(@PathVariable long id, Locale locale) {
        var summary = quarantine.errors(id, 1, Ingestion.SUMMARY_ERRORS);
        Batch batch = summary.batch();
        var errors = summary.items().stream()
                .map(e -> messages.entry(batch.kind(), e, locale)).toList();
        String failure = messages.failure(batch.failureCode(), locale);
        return new BatchReport(batch.id(), batch.departmentId(), batch.departmentName(), batch.kind(),
                batch.channel().name(), batch.fileName(), batch.format(), batch.encoding(), batch.status(),
                batch.attempts(), batch.rows(), batch.accepted(), batch.duplicates(), batch.superseded(),
                batch.quarantined(), batch.flagged(), batch.progress(), batch.failureCode(), failure,
                batch.warningCode(), messages.warning(batch.warningCode(), locale), batch.submittedAt(),
                batch.submittedBy(), batch.finishedAt(), summary.total(), errors);
    }

    @GetMapping("/batches/{id}/errors")
    @PreAuthorize(READERS)
    @Operation(summary = "All errors of a batch, paged from 1")
    Paged<RowErrorMessages.Entry> errors(@PathVariable long id, @RequestParam(defaultValue = "1") int page,
                     @Parameter(description = "at most 1000") @RequestParam(defaultValue = "100") int size,
                     Locale locale) {
        checkPage(page, size);
        var errors = quarantine.errors(id, page, size);
        var items = errors.items().stream().map(e -> messages.entry(errors.batch().kind(), e, locale)).toList();
        return Paged.of(items, page, size, errors.total());
    }

    @PostMapping("/batches/{id}/retry")
    @PreAuthorize(CORRECTORS)
    @Operation(summary = "Queue a FAILED batch again with its kept file (409 unless FAILED)")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<Accepted> retry(@PathVariable long id) {
        return accepted(ingestion.retry(id));
    }

    @GetMapping("/batches/{id}/quarantine")
    @PreAuthorize(STAFF)
    @Operation(summary = "The batch's quarantined rows with the values as sent (personal ID numbers masked)")
    Paged<QuarantinedRow> quarantine(@PathVariable long id, @RequestParam(defaultValue = "1") int page,
                              @RequestParam(defaultValue = "50") int size) {
        checkPage(page, size);
        return Paged.of(quarantine.quarantined(id, page, size), page, size, quarantine.quarantinedCount(id));
    }

    @GetMapping("/quarantine/{id}")
    @PreAuthorize(STAFF)
    @Operation(summary = "One quarantined row")
    QuarantinedRow quarantinedRow(@PathVariable long id) {
        return quarantine.quarantinedRow(id);
    }

    @PostMapping("/quarantine/{id}/resubmission")
    @PreAuthorize(CORRECTORS)
    @Operation(summary = "Send a corrected row through the pipeline again as a batch of its own: 202 {id}; values "
            + "by English field name, a masked value left unchanged keeps the value sent")
    @ResponseStatus(HttpStatus.ACCEPTED)
    ResponseEntity<Accepted> resubmit(@PathVariable long id, @RequestBody Correction correction) {
        return accepted(quarantine.resubmit(id, correction.values() == null ? Map.of() : correction.values()));
    }

    @PostMapping("/quarantine/{id}/dismissal")
    @PreAuthorize(CORRECTORS)
    @Operation(summary = "Close a quarantined row that will not be corrected")
    QuarantinedRow dismiss(@PathVariable long id) {
        return quarantine.dismiss(id);
    }

    private static ResponseEntity<Accepted> accepted(Batch batch) {
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .location(URI.create("/api/v1/ingest/batches/" + batch.id()))
                .body(new Accepted(batch.id(), batch.status()));
    }

    private static void checkPage(int page, int size) {
        if (page < 1 || size < 1 || size > MAX_PAGE) {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_PARAMETER", List.of(
                    new Refusal.FieldProblem(page < 1 ? "page" : "size", "PAGE_RANGE", List.of(MAX_PAGE))));
        }
    }
}
