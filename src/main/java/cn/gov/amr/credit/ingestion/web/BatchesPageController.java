package cn.gov.amr.credit.ingestion.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import cn.gov.amr.credit.ingestion.Batch;
import cn.gov.amr.credit.ingestion.BatchStatus;
import cn.gov.amr.credit.ingestion.Departments;
import cn.gov.amr.credit.ingestion.Ingestion;
import cn.gov.amr.credit.ingestion.application.IngestionSettings;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.platform.FieldMessages;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** The batches page with the upload form: batches newest first, filtered by department and status. */
@Controller
@PreAuthorize(IngestionPages.STAFF)
class BatchesPageController {

    private static final int PAGE_SIZE = 20;

    private final Ingestion ingestion;
    private final Departments departments;
    private final IngestionSettings settings;
    private final MessageSource messages;

    BatchesPageController(Ingestion ingestion, Departments departments, IngestionSettings settings,
                          MessageSource messages) {
        this.ingestion = ingestion;
        this.departments = departments;
        this.settings = settings;
        this.messages = messages;
    }


    @GetMapping("/workbench/ingestion")
    String batches(@RequestParam(required = false) Long department, @RequestParam(required = false) BatchStatus status,
                   @RequestParam(defaultValue = "1") int page, Model model) {
        int current = Math.max(1, page);
        model.addAttribute("department", department);
        model.addAttribute("status", status);
        model.addAttribute("page", current);
        model.addAttribute("batches", ingestion.batches(department, status, current, PAGE_SIZE));
        // the first batch of the next page (page size 1 at the right offset) tells whether there is one
        model.addAttribute("hasNext", !ingestion.batches(department, status, current * PAGE_SIZE + 1, 1).isEmpty());
        model.addAttribute("statuses", BatchStatus.values());
        if (!model.containsAttribute("uploadDepartment") && department != null) {
            model.addAttribute("uploadDepartment", department);
        }
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("departments", departments.all());
        model.addAttribute("maxFileBytes", settings.maxFileSize().toBytes());
        model.addAttribute("maxFileMegabytes", settings.maxFileSize().toMegabytes());
        return "ingestion/batches";
    }

    @PostMapping(path = "/workbench/ingestion/batches", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(IngestionPages.WRITERS)
    String upload(@RequestParam(required = false) Long department, @RequestParam(required = false) RecordKind kind,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model, Locale locale) {
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            String name = file == null ? null : file.getOriginalFilename();
            Batch batch = ingestion.submitFile(department, kind, name, content);
            return "redirect:/workbench/ingestion/batches/" + batch.id();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Refusal refusal) {
            model.addAttribute("uploadErrors", FieldMessages.byFormField(messages, refusal, locale));
            if (department != null) {
                model.addAttribute("uploadDepartment", department);
            }
            if (kind != null) {
                model.addAttribute("uploadKind", kind);
            }
            return batches(null, null, 1, model);
        }
    }
}
