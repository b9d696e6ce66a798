package cn.gov.amr.credit.lists.web;

import java.net.URI;

import cn.gov.amr.credit.lists.AbnormalListingDecision;
import cn.gov.amr.credit.lists.ListDecisions;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.ListingQuery;
import cn.gov.amr.credit.lists.ListingStatus;
import cn.gov.amr.credit.lists.Lists;
import cn.gov.amr.credit.lists.RemovalDecision;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.shared.Paged;
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

/**
 * The abnormal-operations list and the individual businesses' abnormal state (contract: paths and field
 * names are integration promises).
 */
@RestController
@Tag(name = "Lists", description = "Abnormal-operations list, abnormal state, serious illegal and dishonest list")
class AbnormalListApiController {

    static final String STAFF = "hasAnyRole('ADMIN', 'OFFICER', 'REVIEWER', 'AUDITOR')";
    static final String DECIDERS = "hasAnyRole('ADMIN', 'OFFICER')";
    private final ListDecisions decisions;
    private final Lists lists;

    AbnormalListApiController(ListDecisions decisions, Lists lists) {
        this.decisions = decisions;
        this.lists = lists;
    }

    @PostMapping("/api/v1/lists/abnormal")
    @PreAuthorize(DECIDERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Puts an enterprise or cooperative on the abnormal-operations list: code, ground "
            + "(ANNUAL_REPORT_NOT_FILED, ORDERED_INFORMATION_NOT_PUBLISHED, FALSE_INFORMATION, ADDRESS_UNREACHABLE, "
            + "NAME_NOT_CHANGED), decidedOn, documentNumber, authority; optional proposalId. 201 with the listing "
            + "(its id); 422 for an individual business (use abnormal-state) or a ground whose facts do not hold; "
            + "409 for a second listing on the ground in the year or a document number used; 403 outside the "
            + "officer's jurisdiction")
    ResponseEntity<Listing> list(@RequestBody AbnormalListingDecision decision) {
        Listing listing = decisions.listAbnormal(decision);
        return ResponseEntity.created(URI.create("/api/v1/lists/abnormal/" + listing.id())).body(listing);
    }

    @PostMapping("/api/v1/lists/abnormal/{id}/removal")
    @PreAuthorize(DECIDERS)
    @Operation(summary = "Removes an abnormal listing: reason, decidedOn, documentNumber (an annual-report listing "
            + "only once the missing report is filed: 422 GROUND_NOT_REMEDIED)")
    Listing remove(@PathVariable long id, @RequestBody RemovalDecision decision) {
        return decisions.removeAbnormal(id, decision);
    }

    @GetMapping("/api/v1/lists/abnormal")
    @PreAuthorize(STAFF)
    @Operation(summary = "Abnormal listings, newest decision first; filters code, status (LISTED, REMOVED), year "
            + "(of the decision), jurisdiction, ground, kind")
    Paged<Listing> search(@RequestParam(required = false) String code, @RequestParam(required = false) ListingStatus status,
                          @RequestParam(required = false) Integer year, @RequestParam(required = false) String jurisdiction,
                          @RequestParam(required = false) String ground, @RequestParam(required = false) EntityKind kind,
                          @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size) {
        return lists.search(new ListingQuery(ListKind.ABNORMAL, code, status, year, jurisdiction, ground, kind, page, size));
    }

    @GetMapping("/api/v1/lists/abnormal/{id}")
    @PreAuthorize(STAFF)
    @Operation(summary = "One abnormal listing with its removal")
    Listing get(@PathVariable long id) {
        return lists.get(ListKind.ABNORMAL, id);
    }

    @PostMapping("/api/v1/lists/abnormal-state")
    @PreAuthorize(DECIDERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Marks an individual business abnormal (the abnormal state): code, ground, decidedOn, documentNumber; "
            + "a 30-day objection window follows (objectionUntil). 422 for any other kind of entity")
    ResponseEntity<Listing> mark(@RequestBody AbnormalListingDecision decision) {
        Listing listing = decisions.markAbnormalState(decision);
        return ResponseEntity.created(URI.create("/api/v1/lists/abnormal-state/" + listing.id())).body(listing);
    }

    @PostMapping("/api/v1/lists/abnormal-state/{id}/restoration")
    @PreAuthorize(DECIDERS)
    @Operation(summary = "Restores an individual business marked abnormal to the normal state: reason, decidedOn, "
            + "documentNumber")
    Listing restore(@PathVariable long id, @RequestBody RemovalDecision decision) {
        return decisions.restore(id, decision);
    }

    @GetMapping("/api/v1/lists/abnormal-state")
    @PreAuthorize(STAFF)
    @Operation(summary = "Individual businesses marked abnormal, newest first; the same filters as the abnormal list")
    Paged<Listing> searchState(@RequestParam(required = false) String code,
                               @RequestParam(required = false) ListingStatus status,
                               @RequestParam(required = false) Integer year,
                               @RequestParam(required = false) String jurisdiction,
                               @RequestParam(required = false) String ground,
                               @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size) {
        return lists.search(new ListingQuery(ListKind.ABNORMAL_STATE, code, status, year, jurisdiction, ground, null,
                page, size));
    }

    @GetMapping("/api/v1/lists/abnormal-state/{id}")
    @PreAuthorize(STAFF)
    @Operation(summary = "One abnormal-state marking with its restoration")
    Listing getState(@PathVariable long id) {
        return lists.get(ListKind.ABNORMAL_STATE, id);
    }
}
