package cn.gov.amr.credit.disclosure.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.gov.amr.credit.disclosure.application.BulkFileSettings;
import cn.gov.amr.credit.disclosure.application.BulkFiles;
import cn.gov.amr.credit.disclosure.model.ChangeReason;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.schema.KindSchema;
import cn.gov.amr.credit.ingestion.schema.RecordField;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The open-data page of the portal: the daily bulk files to download, their columns, and the change feed. */
@Controller
class OpenDataPageController {

    private final BulkFiles files;
    private final MessageSource messages;
    private final BulkFileSettings bulk;
    private final RateLimitSettings rateLimit;

    OpenDataPageController(BulkFiles files, MessageSource messages, BulkFileSettings bulk, RateLimitSettings rateLimit) {
        this.files = files;
        this.messages = messages;
        this.bulk = bulk;
        this.rateLimit = rateLimit;
    }

    /** One column of a CSV file: its name (the header) and what it holds. */
    record Column(String name, String label) {
    }

    record CsvFile(String name, List<Column> columns) {
    }

    @GetMapping("/open-data")
    String openData(Locale locale, Model model) {
        model.addAttribute("files", files.list());
        var layout = new ArrayList<CsvFile>();
        BulkFiles.layout().forEach((name, columns) -> {
            RecordKind kind = BulkFiles.recordKindOf(name);
            layout.add(new CsvFile(name, columns.stream().map(c -> new Column(c, label(kind, c, locale))).toList()));
        });
        model.addAttribute("layout", layout);
        model.addAttribute("keepDays", bulk.keepDays());
        model.addAttribute("perSecond", rateLimit.perSecond());
        model.addAttribute("burst", rateLimit.burst());
        model.addAttribute("reasons", java.util.Arrays.stream(ChangeReason.values()).map(Enum::name).toList());
        return "disclosure/open-data";
    }

    /**
     * A common column's meaning from the messages; a record field's is its name in the national format
     * (Chinese, the authoritative name, in either language).
     */
    private String label(RecordKind kind, String column, Locale locale) {
        String common = messages.getMessage("opendata.column." + column, null, null, locale);
        if (common != null) {
            return common;
        }
        return kind != null ? KindSchema.of(kind).field(column).map(RecordField::label).orElse(column) : column;
    }
}
