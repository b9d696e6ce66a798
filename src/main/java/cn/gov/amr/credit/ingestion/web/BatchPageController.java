package cn.gov.amr.credit.ingestion.web;

import java.util.List;
import java.util.Locale;

import cn.gov.amr.credit.ingestion.Batch;
import cn.gov.amr.credit.ingestion.BatchStatus;
import cn.gov.amr.credit.ingestion.Ingestion;
import cn.gov.amr.credit.ingestion.application.Quarantine;
import cn.gov.amr.credit.platform.FieldMessages;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One batch with its live progress, a page of its errors and of its quarantined rows; a failed batch retried. */
@Controller
@PreAuthorize(IngestionPages.STAFF)
class BatchPageController {

    private static final int ERRORS_PAGE_SIZE = 50;
    private static final int ROWS_PAGE_SIZE = 20;

    private final Ingestion ingestion;
    private final Quarantine quarantine;
    private final RowErrorMessages rowMessages;
    private final MessageSource messages;

    BatchPageController(Ingestion ingestion, Quarantine quarantine, RowErrorMessages rowMessages,
                        MessageSource messages) {
        this.ingestion = ingestion;
        this.quarantine = quarantine;
        this.rowMessages = rowMessages;
        this.messages = messages;
    }

    /** One error of a batch as its page lists it. */
    record ErrorLine(long quarantineId, int row, String field, String label, String code, String message) {
    }

    /** A quarantined row on its batch's page: its errors as sentences. */
    record RowLine(long id, int row, String status, Long resolvedBatchId, List<String> messages) {
    }

    @GetMapping("/workbench/ingestion/batches/{id}")
    String batch(@PathVariable long id, @RequestParam(defaultValue = "1") int errorsPage,
                 @RequestParam(defaultValue = "1") int rowsPage, Model model, Locale locale) {
        var page = quarantine.errors(id, Math.max(1, errorsPage), ERRORS_PAGE_SIZE);
        Batch batch = page.batch();
        int errorCount = page.total();
        int errorPages = Math.max(1, (errorCount + ERRORS_PAGE_SIZE - 1) / ERRORS_PAGE_SIZE);
        int errorsAt = Math.min(Math.max(1, errorsPage), errorPages);
        if (errorsAt != Math.max(1, errorsPage)) {
            page = quarantine.errors(id, errorsAt, ERRORS_PAGE_SIZE); // asked past the last page: show the last
        }
        var errors = page.items().stream()
                .map(e -> new ErrorLine(e.quarantineId(), e.row(), e.field(),
                        e.field() == null ? "" : rowMessages.label(batch.kind(), e.field(), locale), e.code(),
                        FieldMessages.field(messages, e.code(), e.arguments(), locale)))
                .toList();
        int rowsAt = Math.max(1, rowsPage);
        var rows = quarantine.quarantined(id, rowsAt, ROWS_PAGE_SIZE).stream()
                .map(r -> new RowLine(r.id(), r.row(), r.status().name(), r.resolvedBatchId(),
                        r.errors().stream().map(e -> rowMessages.message(batch.kind(), e, locale)).toList()))
                .toList();
        model.addAttribute("batch", batch);
        model.addAttribute("failure", rowMessages.failure(batch.failureCode(), locale));
        model.addAttribute("warning", rowMessages.warning(batch.warningCode(), locale));
        model.addAttribute("errorCount", errorCount);
        model.addAttribute("errors", errors);
        model.addAttribute("errorsPage", errorsAt);
        model.addAttribute("errorPages", errorPages);
        model.addAttribute("rows", rows);
        model.addAttribute("rowsPage", rowsAt);
        model.addAttribute("rowsHasNext", !quarantine.quarantined(id, rowsAt * ROWS_PAGE_SIZE + 1, 1).isEmpty());
        model.addAttribute("statuses", BatchStatus.values());
        return "ingestion/batch";
    }

    @PostMapping("/workbench/ingestion/batches/{id}/retry")
    @PreAuthorize(IngestionPages.WRITERS)
    String retry(@PathVariable long id, RedirectAttributes redirect) {
        ingestion.retry(id);
        redirect.addFlashAttribute("retried", true);
        return "redirect:/workbench/ingestion/batches/" + id;
    }
}
