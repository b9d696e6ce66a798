package cn.gov.amr.credit.disclosure.web;

import java.net.URI;
import java.util.List;

import cn.gov.amr.credit.disclosure.application.Objections;
import cn.gov.amr.credit.disclosure.model.Objection;
import cn.gov.amr.credit.shared.Paged;
import cn.gov.amr.credit.shared.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.servlet.http.HttpServletRequest;
import io.swagger.v3.oas.annotations.tags.Tag;
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

/** Objections (异议): raised by anyone, answered by reviewers. */
@RestController
@Tag(name = "Objections", description = "Objections to public credit information")
class ObjectionApiController {

    private static final String REVIEWERS = "hasAnyRole('ADMIN', 'REVIEWER')";
    private final Objections objections;

    ObjectionApiController(Objections objections) {
        this.objections = objections;
    }

    /**
     * entityCode, reason and contact required; recordId (a public record's {@code id} from the report) names
     * the record objected to, none the entity as a whole. documentNumber no longer names a record: given
     * without recordId, it is refused (recordId required).
     */
    record ObjectionRequest(String entityCode, String recordId, String documentNumber, String reason,
                            String contact) {
    }

    /**
     * What the person who objected gets back: the number to follow it by (the contact is not repeated);
     * {@code repeated} when it is an open objection raised before with the same record, reason and address or contact.
     */
    record Raised(long id, Objection.Status status, boolean repeated) {
    }

    record AnswerRequest(Objection.Status decision, String answer) {
    }

    @PostMapping("/api/v1/public/objections")
    @Operation(summary = "Object to an entity's public record, named by its recordId (the record's id in the public "
            + "report), or to the entity as a whole without one (no sign-in): 201 {id, status}; the record shows under "
            + "objection until a reviewer answers. 200 with the open objection's number for a repeat (same record, "
            + "reason and address or contact); 404 RECORD_NOT_FOUND for a record the report does not show; 429 with "
            + "Retry-After over the limits per address and day and per record")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "200", description = "A repeat: the open objection it repeats", content =
            @Content(mediaType = "application/json", schema = @Schema(implementation = Raised.class)))
    ResponseEntity<Raised> raise(@RequestBody ObjectionRequest request, HttpServletRequest http) {
        if (isBlank(request.recordId()) && !isBlank(request.documentNumber())) {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_OBJECTION",
                    List.of(new Refusal.FieldProblem("$.recordId", "REQUIRED")));
        }
        var raised = objections.raise(new Objections.Subject(request.entityCode(), request.recordId()),
                request.reason(), request.contact(), http.getRemoteAddr());
        var objection = raised.objection();
        var body = new Raised(objection.id(), objection.status(), raised.repeated());
        return raised.repeated() ? ResponseEntity.ok(body)
                : ResponseEntity.created(URI.create("/api/v1/objections/" + objection.id())).body(body);
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    @GetMapping("/api/v1/objections")
    @PreAuthorize(REVIEWERS)
    @Operation(summary = "The objection queue (REVIEWER, ADMIN), OPEN by default")
    Paged<Objection> queue(@RequestParam(required = false) Objection.Status status,
                        @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size) {
        return objections.queue(status, Math.max(1, page), Math.min(Math.max(1, size), 200));
    }

    @PostMapping("/api/v1/objections/{id}/answer")
    @PreAuthorize(REVIEWERS)
    @Operation(summary = "Answer an objection (REVIEWER, ADMIN): CONFIRMED (the record stands), CORRECTED or "
            + "REJECTED, with the answer; 409 if already answered")
    Objection answer(@PathVariable long id, @RequestBody AnswerRequest request) {
        return objections.answer(id, request.decision(), request.answer());
    }
}
