package cn.gov.amr.credit.disclosure.web;

import java.net.URI;
import java.util.List;

import cn.gov.amr.credit.disclosure.Objection;
import cn.gov.amr.credit.disclosure.Objections;
import io.swagger.v3.oas.annotations.Operation;
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

    /** entityCode, reason and contact required; recordKind and documentNumber name the record objected to. */
    record ObjectionRequest(String entityCode, String recordKind, String documentNumber, String reason,
                            String contact) {
    }

    /** What the person who objected gets back: the number to follow it by (the contact is not repeated). */
    record Raised(long id, Objection.Status status) {
    }

    record AnswerRequest(Objection.Status decision, String answer) {
    }

    record ObjectionList(List<Objection> items) {
    }

    @PostMapping("/api/v1/public/objections")
    @Operation(summary = "Object to an entity's public record (no sign-in): 201 {id, status}; the record shows "
            + "under objection until a reviewer answers")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<Raised> raise(@RequestBody ObjectionRequest request) {
        var objection = objections.raise(request.entityCode(), request.recordKind(), request.documentNumber(),
                request.reason(), request.contact());
        return ResponseEntity.created(URI.create("/api/v1/objections/" + objection.id()))
                .body(new Raised(objection.id(), objection.status()));
    }

    @GetMapping("/api/v1/objections")
    @PreAuthorize(REVIEWERS)
    @Operation(summary = "The objection queue (REVIEWER, ADMIN), OPEN by default")
    ObjectionList queue(@RequestParam(required = false) Objection.Status status,
                        @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size) {
        return new ObjectionList(objections.queue(status, Math.max(1, page), Math.min(Math.max(1, size), 200)));
    }

    @PostMapping("/api/v1/objections/{id}/answer")
    @PreAuthorize(REVIEWERS)
    @Operation(summary = "Answer an objection (REVIEWER, ADMIN): CONFIRMED (the record stands), CORRECTED or "
            + "REJECTED, with the answer; 409 if already answered")
    Objection answer(@PathVariable long id, @RequestBody AnswerRequest request) {
        return objections.answer(id, request.decision(), request.answer());
    }
}
