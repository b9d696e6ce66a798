package cn.gov.amr.credit.lists.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.ListingQuery;
import cn.gov.amr.credit.lists.ListingStatus;
import cn.gov.amr.credit.lists.Lists;
import cn.gov.amr.credit.registry.EntityKind;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Officers' pages of the three lists, filtered and paged, with the Excel export of the filtered list:
 * the abnormal-operations list ({@code /workbench/lists}), the abnormal state of individual businesses,
 * the serious illegal and dishonest list; and the three-year warnings.
 */
@Controller
@RequestMapping("/workbench/lists")
@PreAuthorize(ListPageSupport.READERS)
class ListingPageController {

    static final int PAGE_SIZE = 20;
    static final int WARNING_DAYS = 60;

    private final Lists lists;
    private final ListPageSupport fmt;

    ListingPageController(Lists lists, ListPageSupport fmt) {
        this.lists = lists;
        this.fmt = fmt;
    }

    /** The filter of a list page, from its query parameters (all optional). */
    record Filter(String code, ListingStatus status, Integer year, String jurisdiction, String ground,
                  EntityKind kind, Integer page) {

        ListingQuery query(ListKind list, int pageNumber, int size) {
            return new ListingQuery(list, blankToNull(code), status, year, blankToNull(jurisdiction),
                    blankToNull(ground), kind, pageNumber, size);
        }

        int pageOrFirst() {
            return page == null ? 1 : Math.max(1, page);
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }
    }

    @GetMapping({"", "/abnormal"})
    String abnormal(@ModelAttribute("filter") Filter filter, Model model) {
        return page(ListKind.ABNORMAL, filter, model);
    }

    @GetMapping("/{slug:abnormal-state|serious-dishonest}")
    String other(@PathVariable String slug, @ModelAttribute("filter") Filter filter, Model model) {
        return page(ListPageSupport.list(slug), filter, model);
    }

    @GetMapping("/{slug:abnormal|abnormal-state|serious-dishonest}.xlsx")
    ResponseEntity<byte[]> export(@PathVariable String slug, @ModelAttribute Filter filter, Locale locale) {
        ListKind list = ListPageSupport.list(slug);
        var rows = new ArrayList<List<Object>>();
        for (int page = 1; rows.size() < ListPageWorkbook.MAX_ROWS; page++) {
            var items = lists.search(filter.query(list, page, ListingQuery.MAX_SIZE)).items();
            items.forEach(listing -> rows.add(row(listing, locale)));
            if (items.size() < ListingQuery.MAX_SIZE) {
                break;
            }
        }
        var header = List.of("code", "name", "kind", "jurisdiction", "ground", "decidedOn", "documentNumber",
                "authority", "status", "removedOn", "removalDocumentNumber", "removalReason", "decidedBy", "decidedAt")
                .stream().map(column -> fmt.text("lists.page.col." + column, locale)).toList();
        String title = fmt.text("lists.page.title." + list, locale);
        return ListPageWorkbook.download(slug + ".xlsx",
                List.of(new ListPageWorkbook.Sheet(sheetName(title), header, rows)));
    }

    @GetMapping("/three-years")
    String threeYears(@ModelAttribute("filter") Filter filter, Model model) {
        model.addAttribute("warnings", lists.reachingThreeYears(fmt.today(), WARNING_DAYS, blank(filter.jurisdiction())));
        model.addAttribute("days", WARNING_DAYS);
        model.addAttribute("fmt", fmt);
        model.addAttribute("jurisdictions", fmt.jurisdictions());
        return "lists/three-years";
    }

    private String page(ListKind list, Filter filter, Model model) {
        int size = PAGE_SIZE;
        var result = lists.search(filter.query(list, filter.pageOrFirst(), size));
        model.addAttribute("list", list);
        model.addAttribute("slug", ListPageSupport.slug(list));
        model.addAttribute("result", result);
        model.addAttribute("pages", Math.max(1, (result.total() + size - 1) / size));
        model.addAttribute("statuses", ListingStatus.values());
        model.addAttribute("kinds", EntityKind.values());
        model.addAttribute("grounds", ListPageSupport.grounds(list));
        model.addAttribute("jurisdictions", fmt.jurisdictions());
        model.addAttribute("fmt", fmt);
        return "lists/listings";
    }

    private List<Object> row(Listing listing, Locale locale) {
        var removal = listing.removal();
        return java.util.Arrays.asList(listing.entityCode(), listing.entityName(),
                listing.entityKind() == null ? "" : fmt.text("kind." + listing.entityKind(), locale),
                fmt.jurisdiction(listing.jurisdiction(), locale), fmt.ground(listing.list(), listing.ground(), locale),
                String.valueOf(listing.decidedOn()), listing.documentNumber(), listing.authority(),
                fmt.text("lists.page.status." + fmt.status(listing), locale),
                removal == null ? "" : String.valueOf(removal.decidedOn()),
                removal == null ? "" : removal.documentNumber(), removal == null ? "" : removal.reason(),
                listing.decidedBy(), fmt.time(listing.decidedAt()));
    }

    /** A sheet name Excel accepts: at most 31 characters, none of {@code []:*?/\}. */
    static String sheetName(String title) {
        String clean = title.replaceAll("[\\[\\]:*?/\\\\]", " ");
        return clean.length() > 31 ? clean.substring(0, 31) : clean;
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
