package cn.gov.amr.credit.classification.web;

import cn.gov.amr.credit.classification.ClassificationRuns;
import cn.gov.amr.credit.classification.model.ModelSummary;
import cn.gov.amr.credit.classification.MonthlyChanges;
import cn.gov.amr.credit.classification.RiskClassification;
import cn.gov.amr.credit.classification.model.RiskModels;
import cn.gov.amr.credit.classification.RiskStatistics;
import cn.gov.amr.credit.classification.RunProgress;
import cn.gov.amr.credit.classification.RunStatus;
import cn.gov.amr.credit.classification.StatisticsDimension;
import cn.gov.amr.credit.classification.WhatIfReport;
import cn.gov.amr.credit.classification.model.ModelDefinition;
import cn.gov.amr.credit.shared.Paged;
import cn.gov.amr.credit.shared.Refusal;
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

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Models, runs and statistics of the classification (contract). Reading: officers; changing: ADMIN. */
@RestController
@Tag(name = "Classification", description = "Credit risk classes A/B/C/D with their reasons (confidential)")
class ClassificationApiController {

    static final String RUN_NOT_FOUND = "CLASSIFICATION_RUN_NOT_FOUND";
    static final String DIMENSION_UNKNOWN = "CLASSIFICATION_DIMENSION_UNKNOWN";
    private static final long WHAT_IF_WAIT_MILLIS = 60_000;
    private final RiskModels models;
    private final ClassificationRuns runs;
    private final RiskClassification classification;

    private final ClassificationPageSupport access;

    ClassificationApiController(RiskModels models, ClassificationRuns runs, RiskClassification classification,
                                ClassificationPageSupport access) {
        this.models = models;
        this.runs = runs;
        this.classification = classification;
        this.access = access;
    }

    @GetMapping("/api/v1/classification/models")
    @PreAuthorize(RiskApiController.STAFF)
    @Operation(summary = "Every model version, newest first, with its definition and status (DRAFT, ACTIVE, RETIRED)")
    Paged<ModelSummary> models() {
        models.active();
        return Paged.whole(models.all());
    }

    @GetMapping("/api/v1/classification/models/{id}")
    @PreAuthorize(RiskApiController.STAFF)
    @Operation(summary = "One model version")
    ModelSummary model(@PathVariable long id) {
        return models.get(id).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "CLASSIFICATION_MODEL_NOT_FOUND", id));
    }

    @PostMapping("/api/v1/classification/models")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Saves a draft model as the next version → {id, version, …}; an invalid model is refused (400 "
            + "CLASSIFICATION_MODEL_INVALID) with every problem in errors[] ({field: JSON path, code, message})")
    ModelSummary draft(@RequestBody ModelDefinition definition) {
        return models.draft(definition);
    }

    @PostMapping("/api/v1/classification/models/{id}/what-if")
    @PreAuthorize("hasRole('ADMIN')")
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "200", description = "The what-if report",
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(
                    implementation = WhatIfReport.class)))
    @io.swagger.v3.oas.annotations.responses.ApiResponse(responseCode = "202", description = "Still running: the run to poll",
            content = @io.swagger.v3.oas.annotations.media.Content(schema = @io.swagger.v3.oas.annotations.media.Schema(
                    implementation = RunProgress.class)))
    @Operation(summary = "Runs the model over every entity and compares with the current classes → {distribution, "
            + "current, moves: {from: {to: n}}, sample: movers with both explanations}; waits up to a minute, else 202 "
            + "with the run to poll (GET /api/v1/classification/runs/{id}, then …/what-if)")
    ResponseEntity<?> whatIf(@PathVariable long id) throws InterruptedException {
        long run = runs.startWhatIf(id);
        long until = System.currentTimeMillis() + WHAT_IF_WAIT_MILLIS;
        while (System.currentTimeMillis() < until) {
            var progress = runs.progress(run).orElseThrow();
            if (progress.status() == RunStatus.DONE) {
                return ResponseEntity.ok(runs.whatIf(run).orElseThrow());
            }
            if (progress.status() == RunStatus.FAILED) {
                throw new Refusal(Refusal.Kind.CONFLICT, "CLASSIFICATION_RUN_FAILED", run);
            }
            Thread.sleep(100);
        }
        return ResponseEntity.accepted().location(URI.create("/api/v1/classification/runs/" + run))
                .body(runs.progress(run).orElseThrow());
    }

    @PostMapping("/api/v1/classification/models/{id}/activate")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Activates a draft (audited): the active model is retired and every entity is classified "
            + "again by the new one (a full run); 409 CLASSIFICATION_MODEL_NOT_DRAFT if it is no draft")
    ModelSummary activate(@PathVariable long id) {
        return models.activate(id);
    }

    @PostMapping("/api/v1/classification/runs")
    @PreAuthorize("hasRole('ADMIN')")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Queues a full reclassification by the active model → 202 with the run {id, status, done, "
            + "total, percent …}; poll GET /api/v1/classification/runs/{id}")
    ResponseEntity<RunProgress> startFull() {
        long id = runs.startFull();
        return ResponseEntity.accepted().location(URI.create("/api/v1/classification/runs/" + id))
                .body(runs.progress(id).orElseThrow());
    }

    @GetMapping("/api/v1/classification/runs")
    @PreAuthorize(RiskApiController.STAFF)
    @Operation(summary = "The latest runs, newest first")
    Paged<RunProgress> recent(@RequestParam(defaultValue = "20") int limit) {
        return Paged.whole(runs.recent(limit));
    }

    @GetMapping("/api/v1/classification/runs/{id}")
    @PreAuthorize(RiskApiController.STAFF)
    @Operation(summary = "A run and its progress: {id, kind (FULL, WHAT_IF), status (QUEUED, RUNNING, DONE, FAILED), "
            + "done, total, percent, queuedAt, startedAt, finishedAt, startedBy, error}")
    RunProgress run(@PathVariable long id) {
        return runs.progress(id).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, RUN_NOT_FOUND, id));
    }

    @GetMapping("/api/v1/classification/runs/{id}/what-if")
    @PreAuthorize(RiskApiController.STAFF)
    @Operation(summary = "A finished what-if's report (404 while it runs or for a full run)")
    WhatIfReport whatIfReport(@PathVariable long id) {
        return runs.whatIf(id).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, RUN_NOT_FOUND, id));
    }

    @GetMapping("/api/v1/classification/statistics")
    @PreAuthorize(RiskApiController.STAFF)
    @Operation(summary = "Entities per class, by jurisdiction, kind, industry (section letter) or region: {by, classes "
            + "(letters in order), totals {letter: n}, rows [{group, counts {letter: n}}]}; jurisdiction filters (ADMIN; an "
            + "officer of a jurisdiction always gets that jurisdiction)")
    RiskStatistics statistics(@RequestParam(defaultValue = "jurisdiction") String by,
                              @RequestParam(required = false) String jurisdiction) {
        return classification.statistics(dimension(by), access.area(jurisdiction));
    }

    @GetMapping("/api/v1/classification/statistics/changes")
    @PreAuthorize(RiskApiController.STAFF)
    @Operation(summary = "Class changes per month (legal time) and class moved into, the last months (default 12)")
    Paged<MonthlyChanges> changes(@RequestParam(defaultValue = "12") int months,
                                  @RequestParam(required = false) String jurisdiction) {
        List<MonthlyChanges> list = classification.changesByMonth(access.area(jurisdiction), Math.max(1, Math.min(months, 60)));
        return Paged.whole(list);
    }

    static StatisticsDimension dimension(String by) {
        try {
            return StatisticsDimension.valueOf(by.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Refusal(Refusal.Kind.INVALID, DIMENSION_UNKNOWN, by);
        }
    }
}
