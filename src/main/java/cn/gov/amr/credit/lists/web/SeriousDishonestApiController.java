package cn.gov.amr.credit.lists.web;

import java.net.URI;

import cn.gov.amr.credit.lists.ListDecisions;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.ListingQuery;
import cn.gov.amr.credit.lists.ListingStatus;
import cn.gov.amr.credit.lists.Lists;
import cn.gov.amr.credit.lists.RemovalDecision;
import cn.gov.amr.credit.lists.SeriousDishonestDecision;
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

/** The serious illegal and dishonest list (contract). */
@RestController
@Tag(name = "Lists")
class SeriousDishonestApiController {

    private final ListDecisions decisions;
    private final Lists lists;

    SeriousDishonestApiController(ListDecisions decisions, Lists lists) {
        this.decisions = decisions;
        this.lists = lists;
    }

    @PostMapping("/api/v1/lists/serious-dishonest")
    @PreAuthorize(AbnormalListApiController.DECIDERS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Puts an entity on the serious illegal and dishonest list: code, field (FOOD_SAFETY, "
            + "DRUGS_DEVICES_COSMETICS, QUALITY_SPECIAL_EQUIPMENT, CONSUMER_RIGHTS, FAIR_COMPETITION, "
            + "OBSTRUCTING_INSPECTION, ABNORMAL_LIST_THREE_YEARS, OTHER), decidedOn, documentNumber, authority, "
            + "penaltyDocumentNumber (stored as given, linked to the penalty record with that number when one exists); "
            + "for ABNORMAL_LIST_THREE_YEARS abnormalListingId instead (the listing must have lasted three years)")
    ResponseEntity<Listing> list(@RequestBody SeriousDishonestDecision decision) {
        Listing listing = decisions.listSeriousDishonest(decision);
        return ResponseEntity.created(URI.create("/api/v1/lists/serious-dishonest/" + listing.id())).body(listing);
    }

    @PostMapping("/api/v1/lists/serious-dishonest/{id}/removal")
    @PreAuthorize(AbnormalListApiController.DECIDERS)
    @Operation(summary = "Removes a serious dishonest listing by decision: reason, decidedOn, documentNumber")
    Listing remove(@PathVariable long id, @RequestBody RemovalDecision decision) {
        return decisions.removeSeriousDishonest(id, decision);
    }

    @PostMapping("/api/v1/lists/serious-dishonest/{id}/early-removal")
    @PreAuthorize(AbnormalListApiController.DECIDERS)
    @Operation(summary = "Removes a serious dishonest listing early after credit repair (at least one year on the "
            + "list, else 422 EARLY_REMOVAL_TOO_SOON): reason, decidedOn, documentNumber")
    Listing removeEarly(@PathVariable long id, @RequestBody RemovalDecision decision) {
        return decisions.removeEarly(id, decision);
    }

    @GetMapping("/api/v1/lists/serious-dishonest")
    @PreAuthorize(AbnormalListApiController.STAFF)
    @Operation(summary = "Serious dishonest listings, newest first; filters code, status, year, jurisdiction, field, kind")
    Paged<Listing> search(@RequestParam(required = false) String code, @RequestParam(required = false) ListingStatus status,
                          @RequestParam(required = false) Integer year, @RequestParam(required = false) String jurisdiction,
                          @RequestParam(required = false) String field, @RequestParam(required = false) EntityKind kind,
                          @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int size) {
        return lists.search(new ListingQuery(ListKind.SERIOUS_DISHONEST, code, status, year, jurisdiction, field, kind,
                page, size));
    }

    @GetMapping("/api/v1/lists/serious-dishonest/{id}")
    @PreAuthorize(AbnormalListApiController.STAFF)
    @Operation(summary = "One serious dishonest listing with its removal")
    Listing get(@PathVariable long id) {
        return lists.get(ListKind.SERIOUS_DISHONEST, id);
    }
}
