package cn.gov.amr.credit.disclosure.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;

import cn.gov.amr.credit.disclosure.infrastructure.IssuedReports;
import cn.gov.amr.credit.disclosure.infrastructure.ObjectionStore;
import cn.gov.amr.credit.disclosure.model.IssuedReport;
import cn.gov.amr.credit.disclosure.model.ListingRecords;
import cn.gov.amr.credit.disclosure.model.PublicEntity;
import cn.gov.amr.credit.disclosure.model.PublicEntitySummary;
import cn.gov.amr.credit.disclosure.model.PublicRecord;
import cn.gov.amr.credit.disclosure.model.PublicReport;
import cn.gov.amr.credit.disclosure.model.PublicSection;
import cn.gov.amr.credit.disclosure.model.ShownRecord;
import cn.gov.amr.credit.ingestion.CreditRecord;
import cn.gov.amr.credit.ingestion.CreditRecords;
import cn.gov.amr.credit.lists.ListMarks;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.Lists;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityQuery;
import cn.gov.amr.credit.registry.MarketEntity;
import cn.gov.amr.credit.registry.Registry;
import cn.gov.amr.credit.shared.Hashes;
import cn.gov.amr.credit.shared.LegalTime;
import cn.gov.amr.credit.shared.Paged;
import cn.gov.amr.credit.shared.Refusal;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone may look up without signing in: public search and the public credit report, read from
 * the registry, the aggregated records and the lists through the publicity rules and the masking, read live
 * (no read model and no cache of its own: a list decision shows on the next request; measured and decided in
 * docs/disclosure.md, "read live").
 */
@Service
public class PublicCredit {

    /** Verification codes: 16 characters of an alphabet without look-alikes (no 0/O, 1/I/L). */
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int CODE_LENGTH = 16;
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final Registry registry;
    private final CreditRecords records;
    private final Lists lists;
    private final PublicView view;
    private final ReportSettings layout;
    private final IssuedReports issued;
    private final ObjectionStore objections;
    private final tools.jackson.databind.json.JsonMapper json;
    private final Clock clock;

    PublicCredit(Registry registry, CreditRecords records, Lists lists, PublicView view, ReportSettings layout,
                 IssuedReports issued, ObjectionStore objections, tools.jackson.databind.json.JsonMapper json, Clock clock) {
        this.objections = objections;
        this.registry = registry;
        this.records = records;
        this.lists = lists;
        this.view = view;
        this.layout = layout;
        this.issued = issued;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Issues the entity's report for printing: kept with a verification code and the hash of its content.
     * The same content of the same entity issued again on the same legal day (Asia/Shanghai) stores
     * nothing and answers the code (and time) of the first issue.
     */
    @Transactional
    public IssuedReport issue(String code) {
        PublicReport report = report(code);
        String content = json.writeValueAsString(report);
        var at = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var verification = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            verification.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        var row = issued.issueOnce(new IssuedReports.Row(verification.toString(), report.entity().code(), at,
                Hashes.sha256Hex(content), content), LegalTime.dateOf(at));
        return new IssuedReport(row.verificationCode(), row.entityCode(), row.issuedAt(), row.sha256(), report);
    }

    /** The report as issued under a verification code (404 if none); its content is checked against its hash. */
    @Transactional(readOnly = true)
    public IssuedReport verify(String verificationCode) {
        String normalized = verificationCode == null ? "" : verificationCode.strip().toUpperCase(java.util.Locale.ROOT);
        var row = issued.find(normalized).filter(r -> Hashes.sha256Hex(r.content()).equals(r.sha256()))
                .orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND,
                        "REPORT_NOT_FOUND"));
        // shown through today's public exit: a report issued before the masking grew stricter leaks nothing
        return new IssuedReport(row.verificationCode(), row.entityCode(), row.issuedAt(), row.sha256(),
                json.readValue(row.content(), PublicReport.class).masked());
    }

    /** The public credit report of an entity (404 if no such entity). */
    @Transactional(readOnly = true)
    public PublicReport report(String code) {
        MarketEntity entity = registry.find(code);
        LocalDate today = LegalTime.today(clock);
        var objected = objections.openRecords(entity.code());
        var sections = new EnumMap<PublicSection, List<PublicRecord>>(PublicSection.class);
        for (PublicSection section : PublicSection.values()) {
            sections.put(section, new ArrayList<>());
        }
        for (CreditRecord record : records.of(entity.code())) {
            view.of(entity.code(), entity.kind(), record, today, objected)
                    .ifPresent(shown -> sections.get(shown.section()).add(shown.record()));
        }
        List<Listing> listings = lists.of(entity.code());
        for (Listing listing : listings) {
            view.of(listing, today, objected).ifPresent(shown -> sections.get(shown.section()).add(shown.record()));
        }
        return PublicReport.of(PublicEntity.of(entity, ListingRecords.marksOf(listings, today)), sections);
    }

    /** A record the entity's public report shows, by its public id (404 if no such entity; empty if no such record). */
    @Transactional(readOnly = true)
    public java.util.Optional<ShownRecord> record(String code, String recordId) {
        var report = report(code);
        for (PublicSection section : PublicSection.values()) {
            for (PublicRecord record : report.section(section)) {
                if (record.id() != null && record.id().equals(recordId) && section.recordKind() != null) {
                    return java.util.Optional.of(new ShownRecord(section.recordKind(), record));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** An entity's public basic information alone, without its records (404 if no such entity). */
    @Transactional(readOnly = true)
    public PublicEntity entity(String code) {
        var entity = registry.find(code);
        return PublicEntity.of(entity, ListingRecords.marksOf(lists.of(entity.code()), LegalTime.today(clock)));
    }

    /** The sections the report page shows for an entity of this kind, in order. */
    public List<PublicSection> sectionsOf(EntityKind kind) {
        return layout.sectionsOf(kind);
    }

    /**
     * Entities by a name fragment of two or more characters, a credit code or a registration number;
     * a shorter query is refused with a message saying what to enter.
     */
    @Transactional(readOnly = true)
    public Paged<PublicEntitySummary> search(String q, int page, int size) {
        long significant = q == null ? 0 : q.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != 0x3000).count();
        if (significant < 2) {
            // an empty query would list every entity: the public search is no way to enumerate them (the bulk file is)
            throw new Refusal(Refusal.Kind.INVALID, "QUERY_TOO_SHORT",
                    List.of(new Refusal.FieldProblem("q", "QUERY_TOO_SHORT")));
        }
        if ((long) page * size > cn.gov.amr.credit.registry.EntityPage.COUNT_CAP) {
            throw new Refusal(Refusal.Kind.INVALID, "PAGE_TOO_DEEP", cn.gov.amr.credit.registry.EntityPage.COUNT_CAP);
        }
        var query = new EntityQuery(q, null, null, null, page, size);
        var result = registry.search(query);
        // one query for the page's marks, not one per row
        var marks = result.items().isEmpty() ? java.util.Map.<String, ListMarks>of()
                : lists.marksOf(result.items().stream().map(MarketEntity::code).toList(), LegalTime.today(clock));
        return new Paged<>(result.items().stream()
                .map(e -> PublicEntitySummary.of(e, marks.getOrDefault(e.code(), ListMarks.NONE))).toList(), query.page(),
                query.size(), result.total(), result.totalCapped());
    }
}
