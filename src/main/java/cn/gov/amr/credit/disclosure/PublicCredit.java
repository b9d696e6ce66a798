package cn.gov.amr.credit.disclosure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.gov.amr.credit.disclosure.model.PenaltyFacts;
import cn.gov.amr.credit.disclosure.model.PenaltyPublicity;
import cn.gov.amr.credit.disclosure.infrastructure.IssuedReports;
import cn.gov.amr.credit.disclosure.infrastructure.ObjectionStore;
import cn.gov.amr.credit.disclosure.model.PublicFields;
import cn.gov.amr.credit.ingestion.CreditRecord;
import cn.gov.amr.credit.ingestion.CreditRecords;
import cn.gov.amr.credit.ingestion.RecordFields;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityQuery;
import cn.gov.amr.credit.registry.MarketEntity;
import cn.gov.amr.credit.registry.Registry;
import cn.gov.amr.credit.shared.Hashes;
import cn.gov.amr.credit.shared.LegalTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What anyone may look up without signing in: public search and the public credit report, read from
 * the registry and the aggregated records through the publicity rules (so far read live; a read model
 * of its own comes with the bulk file and the change feed).
 */
@Service
public class PublicCredit {

    private static final BigDecimal YUAN_PER_WAN = new BigDecimal(10_000);
    /** The annual-report field saying whether the entity published it, and the code of "no". */
    private static final String PUBLISHED_FIELD = "published";
    private static final String NOT_PUBLISHED = "0";

    /** Verification codes: 16 characters of an alphabet without look-alikes (no 0/O, 1/I/L). */
    private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private static final int CODE_LENGTH = 16;
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final Registry registry;
    private final CreditRecords records;
    private final PublicityPolicy policy;
    private final IssuedReports issued;
    private final ObjectionStore objections;
    private final tools.jackson.databind.json.JsonMapper json;
    private final Clock clock;

    PublicCredit(Registry registry, CreditRecords records, PublicityPolicy policy, IssuedReports issued,
                 ObjectionStore objections, tools.jackson.databind.json.JsonMapper json, Clock clock) {
        this.objections = objections;
        this.registry = registry;
        this.records = records;
        this.policy = policy;
        this.issued = issued;
        this.json = json;
        this.clock = clock;
    }

    /** Issues the entity's report for printing: kept with a verification code and the hash of its content. */
    @Transactional
    public IssuedReport issue(String code) {
        PublicReport report = report(code);
        String content = json.writeValueAsString(report);
        var at = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        var verification = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            verification.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
        }
        String sha256 = Hashes.sha256Hex(content);
        issued.insert(new IssuedReports.Row(verification.toString(), report.entity().code(), at, sha256, content));
        return new IssuedReport(verification.toString(), report.entity().code(), at, sha256, report);
    }

    /** The report as issued under a verification code (404 if none); its content is checked against its hash. */
    @Transactional(readOnly = true)
    public IssuedReport verify(String verificationCode) {
        String normalized = verificationCode == null ? "" : verificationCode.strip().toUpperCase(java.util.Locale.ROOT);
        var row = issued.find(normalized).filter(r -> Hashes.sha256Hex(r.content()).equals(r.sha256()))
                .orElseThrow(() -> new cn.gov.amr.credit.shared.Refusal(cn.gov.amr.credit.shared.Refusal.Kind.NOT_FOUND,
                        "REPORT_NOT_FOUND"));
        return new IssuedReport(row.verificationCode(), row.entityCode(), row.issuedAt(), row.sha256(),
                json.readValue(row.content(), PublicReport.class));
    }

    /** The public credit report of an entity (404 if no such entity). */
    @Transactional(readOnly = true)
    public PublicReport report(String code) {
        MarketEntity entity = registry.find(code);
        LocalDate today = LegalTime.today(clock);
        var annualReports = new ArrayList<PublicRecord>();
        var inspections = new ArrayList<PublicRecord>();
        var licences = new ArrayList<PublicRecord>();
        var penalties = new ArrayList<PublicRecord>();
        var objected = objections.openDocuments(entity.code());
        for (CreditRecord record : records.of(entity.code())) {
            switch (record.kind()) {
                case ANNUAL_REPORT -> {
                    if (!RecordFields.choiceCodes(RecordKind.ANNUAL_REPORT, PUBLISHED_FIELD,
                            record.fields().get(PUBLISHED_FIELD)).contains(NOT_PUBLISHED)) {
                        annualReports.add(view(record, PublicFields.ANNUAL_REPORT, null, objected));
                    }
                }
                case INSPECTION -> inspections.add(view(record, PublicFields.INSPECTION, null, objected));
                case LICENCE -> licences.add(view(record, PublicFields.LICENCE, null, objected));
                case PENALTY -> {
                    var publicity = PenaltyPublicity.on(today, facts(entity, record), policy);
                    if (publicity.shown()) {
                        penalties.add(view(record, PublicFields.PENALTY, publicity.publicUntil(), objected));
                    }
                }
                default -> {
                    // other kinds are not part of the public report (DOMAIN §10)
                }
            }
        }
        return new PublicReport(PublicEntity.of(entity), annualReports, inspections, licences, penalties, List.of(),
                List.of());
    }

    private PenaltyFacts facts(MarketEntity entity, CreditRecord penalty) {
        String fine = penalty.fields().get("fineAmount");
        BigDecimal yuan = fine == null ? null : new BigDecimal(fine).multiply(YUAN_PER_WAN);
        boolean person = entity.kind() == EntityKind.INDIVIDUAL_BUSINESS && policy.individualBusinessAsPerson();
        return new PenaltyFacts(RecordFields.choiceCodes(RecordKind.PENALTY, "penaltyCategories",
                penalty.fields().get("penaltyCategories")), yuan, person, penalty.decidedOn(), penalty.validUntil(),
                false);
    }

    private static PublicRecord view(CreditRecord record, List<String> fields, LocalDate publicUntil,
                                     List<String> objected) {
        return new PublicRecord(record.documentNumber(), record.decidedOn(), record.department(),
                PublicFields.pick(record.fields(), fields), publicUntil, objected.contains(record.documentNumber()));
    }

    /**
     * Entities by a name fragment of two or more characters, a credit code or a registration number;
     * a shorter query is refused with a message saying what to enter.
     */
    @Transactional(readOnly = true)
    public PublicSearchPage search(String q, int page, int size) {
        var query = new EntityQuery(q, null, null, null, page, size);
        var result = registry.search(query);
        return new PublicSearchPage(result.items().stream().map(PublicEntitySummary::of).toList(), query.page(),
                query.size(), result.total(), result.totalCapped());
    }
}
