package cn.gov.amr.credit.registry.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import cn.gov.amr.credit.registry.model.EntityChange;
import cn.gov.amr.credit.registry.model.EntityDraft;
import cn.gov.amr.credit.registry.EntityKind;

import cn.gov.amr.credit.registry.EntityQuery;
import cn.gov.amr.credit.registry.EntityStatus;
import cn.gov.amr.credit.registry.LegalRepresentative;
import cn.gov.amr.credit.registry.MarketEntity;
import cn.gov.amr.credit.registry.Registry;
import cn.gov.amr.credit.shared.IfMatch;
import cn.gov.amr.credit.shared.Paged;
import cn.gov.amr.credit.shared.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The register's contract with other departments: paths and field names are integration promises. */
@RestController
@RequestMapping("/api/v1/entities")
@Tag(name = "Market entities", description = "The register of market entities")
class EntityApiController {

    private static final String READERS = "hasAnyRole('ADMIN', 'OFFICER', 'REVIEWER', 'AUDITOR', 'DEPARTMENT')";
    private static final String WRITERS = "hasAnyRole('ADMIN', 'OFFICER')";
    private final Registry registry;

    EntityApiController(Registry registry) {
        this.registry = registry;
    }

    /** The request body of POST and PUT; only code, name and kind are required on POST. */
    record EntityRequest(String code, String name, EntityKind kind, LegalRepresentative legalRepresentative,
                         String registrationNumber, String organisationCode, List<String> formerNames,
                         BigDecimal registeredCapital, LocalDate establishedOn, String authority, EntityStatus status,
                         String address, String town, String regionCode, String industryCode, String businessScope,
                         String jurisdiction) {
        EntityDraft draft() {
            return new EntityDraft(code, name, kind, legalRepresentative, registrationNumber, organisationCode,
                    formerNames, registeredCapital, establishedOn, authority, status, address, town, regionCode,
                    industryCode, businessScope, jurisdiction);
        }
    }

    @PostMapping
    @PreAuthorize(WRITERS)
    @Operation(summary = "Register an entity (ADMIN; OFFICER within its jurisdiction). 409 if the code exists. "
            + "ADMIN may load a code failing its check character from the registration system with "
            + "origin=REGISTRATION_SYSTEM: it is kept with reviewFlag=true.")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<MarketEntity> register(@RequestBody EntityRequest request,
            @RequestParam(defaultValue = "API") Registry.Origin origin) {
        var entity = registry.register(request.draft(), origin);
        return ResponseEntity.created(URI.create("/api/v1/entities/" + entity.code()))
                .eTag(Integer.toString(entity.version())).body(entity);
    }

    @GetMapping("/{code}")
    @PreAuthorize(READERS)
    @Operation(summary = "One entity, with its version as ETag. The ID number is masked unless reveal=idNumber "
            + "(ADMIN, OFFICER; audited).")
    ResponseEntity<MarketEntity> get(@PathVariable String code,
            @Parameter(description = "idNumber to show the legal representative's ID number in full (audited)")
            @RequestParam(required = false) String reveal) {
        MarketEntity entity;
        if (reveal == null || reveal.isBlank()) {
            entity = registry.find(code);
        } else if (reveal.equals("idNumber")) {
            entity = registry.reveal(code);
        } else {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_PARAMETER",
                    List.of(new Refusal.FieldProblem("reveal", "REVEAL_FIELD")));
        }
        return ResponseEntity.ok().eTag(Integer.toString(entity.version())).body(entity);
    }

    @PutMapping("/{code}")
    @PreAuthorize(WRITERS)
    @Operation(summary = "Replace an entity's fields (the code never changes). If-Match with the ETag: 412 when "
            + "stale. An absent or masked legalRepresentative.idNumber keeps the stored one. OFFICER only "
            + "within its jurisdiction (403 otherwise).")
    ResponseEntity<MarketEntity> change(@PathVariable String code, @RequestBody EntityRequest request,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        var entity = registry.change(code, request.draft(), IfMatch.version(ifMatch));
        return ResponseEntity.ok().eTag(Integer.toString(entity.version())).body(entity);
    }

    @GetMapping("/{code}/history")
    @PreAuthorize(READERS)
    @Operation(summary = "Every version of the entity: who changed which fields when (ID numbers masked)")
    Paged<EntityChange> history(@PathVariable String code) {
        return Paged.whole(registry.history(code));
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Search by credit code, registration number, organisation code, a fragment of two or more "
            + "characters of a current or former name, or a legal representative's name; page from 1, size at most "
            + "100. total is exact unless totalCapped (name fragments stop counting at 10,000).")
    Paged<MarketEntity> search(@RequestParam(required = false) String q, @RequestParam(required = false) EntityKind kind,
                      @RequestParam(required = false) EntityStatus status,
                      @RequestParam(required = false) String jurisdiction,
                      @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "20") int size) {
        if (size > EntityQuery.MAX_SIZE || size < 1 || page < 1) {
            throw new Refusal(Refusal.Kind.INVALID, "INVALID_PARAMETER", List.of(
                    new Refusal.FieldProblem(page < 1 ? "page" : "size", "PAGE_RANGE", List.of(EntityQuery.MAX_SIZE))));
        }
        return registry.search(new EntityQuery(q, kind, status, jurisdiction, page, size)).paged(page, size);
    }
}
