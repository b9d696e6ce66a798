package cn.gov.amr.credit.disclosure.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import cn.gov.amr.credit.disclosure.infrastructure.PublicKeys;
import cn.gov.amr.credit.disclosure.model.ListingRecords;
import cn.gov.amr.credit.disclosure.model.ObjectedRecords;
import cn.gov.amr.credit.disclosure.model.PenaltyFacts;
import cn.gov.amr.credit.disclosure.model.PenaltyPublicity;
import cn.gov.amr.credit.disclosure.model.PublicFields;
import cn.gov.amr.credit.disclosure.model.PublicRecord;
import cn.gov.amr.credit.disclosure.model.PublicSection;
import cn.gov.amr.credit.ingestion.CreditRecord;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.schema.AnnualReportFields;
import cn.gov.amr.credit.ingestion.schema.PenaltyFields;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.registry.EntityKind;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * How one aggregated record or one listing looks to the public, or that it is not public at all (DOMAIN §7,
 * §8, §10): the one place the report, the bulk file and anything else public decide it.
 */
@Component
class PublicView {

    /** The code of "no" in the annual report's field saying whether the entity published it. */
    private static final String NOT_PUBLISHED = "0";

    private final PublicitySettings policy;
    private final PublicKeys keys;
    private final MessageSource messages;

    PublicView(PublicitySettings policy, PublicKeys keys, MessageSource messages) {
        this.policy = policy;
        this.keys = keys;
        this.messages = messages;
    }

    /**
     * The listing's public form on {@code today} (section by its list), empty when the public does not see it
     * ({@link cn.gov.amr.credit.disclosure.model.ListingPublicity}). Labels are Chinese in every language: a
     * report is issued and stored as one text.
     */
    Optional<Shown> of(Listing listing, LocalDate today, ObjectedRecords objected) {
        return listings().of(listing, today, objected)
                .map(record -> new Shown(ListingRecords.sectionOf(listing.list()), record));
    }

    private ListingRecords listings() {
        return new ListingRecords(keys.names(), key -> messages.getMessage(key, null, null, Locale.SIMPLIFIED_CHINESE),
                policy.hideRemovedAbnormalListings());
    }

    /** The public id of an entity's record ({@link PublicRecord#id()}). */
    String idOf(String entityCode, CreditRecord record) {
        return keys.names().record(entityCode, record.departmentId(), record.kind().name(), record.documentNumber());
    }

    /**
     * The record's section and public form on {@code today}; empty when the public does not see it. Every
     * text goes through the public exit ({@link cn.gov.amr.credit.disclosure.model.PublicText}).
     */
    Optional<Shown> of(String entityCode, EntityKind entityKind, CreditRecord record, LocalDate today,
                       ObjectedRecords objected) {
        var section = PublicSection.of(record.kind());
        if (section.isEmpty()) {
            return Optional.empty();
        }
        LocalDate publicUntil = null;
        switch (record.kind()) {
            case ANNUAL_REPORT -> {
                if (record.values().choiceCodes(AnnualReportFields.PUBLISHED).contains(NOT_PUBLISHED)) {
                    return Optional.empty();
                }
            }
            case PENALTY -> {
                var publicity = PenaltyPublicity.on(today, facts(entityKind, record), policy);
                if (!publicity.shown()) {
                    return Optional.empty();
                }
                publicUntil = publicity.publicUntil();
            }
            default -> {
                // shown as they are
            }
        }
        String id = idOf(entityCode, record);
        var shown = new PublicRecord(id, record.documentNumber(), record.decidedOn(), record.department(),
                PublicFields.pick(record.fields(), section.get().fields()), publicUntil,
                objected.contains(id, record.documentNumber())).masked();
        return Optional.of(new Shown(section.get(), shown));
    }

    /** The day after which a shown penalty leaves publicity (for the change feed); null for other records. */
    LocalDate publicUntil(EntityKind entityKind, CreditRecord record, LocalDate today) {
        if (record.kind() != RecordKind.PENALTY) {
            return null;
        }
        var publicity = PenaltyPublicity.on(today, facts(entityKind, record), policy);
        return publicity.shown() ? publicity.publicUntil() : null;
    }

    private PenaltyFacts facts(EntityKind entityKind, CreditRecord penalty) {
        var values = penalty.values();
        BigDecimal yuan = values.yuan(PenaltyFields.FINE_AMOUNT).orElse(null);
        boolean person = entityKind == EntityKind.INDIVIDUAL_BUSINESS && policy.individualBusinessAsPerson();
        return new PenaltyFacts(values.choiceCodes(PenaltyFields.PENALTY_CATEGORIES), yuan, person, penalty.decidedOn(),
                penalty.validUntil(), false);
    }

    /** A public record and the section of the report it belongs to. */
    record Shown(PublicSection section, PublicRecord record) {
    }
}
