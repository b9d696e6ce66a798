package cn.gov.amr.credit.disclosure.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import cn.gov.amr.credit.disclosure.model.ListingRecords;
import cn.gov.amr.credit.disclosure.model.ObjectedRecords;
import cn.gov.amr.credit.disclosure.model.PublicEntity;
import cn.gov.amr.credit.disclosure.model.PublicRecord;
import cn.gov.amr.credit.disclosure.model.PublicSection;
import cn.gov.amr.credit.ingestion.CreditRecords;
import cn.gov.amr.credit.ingestion.EntityCreditRecord;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.lists.Lists;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.MarketEntity;
import cn.gov.amr.credit.registry.Registry;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a bulk file holds: the rows of its CSV files (every entity with its list marks, every public record
 * and listing section by section, in the columns {@link BulkFileWriter} names) and its manifest. Everything
 * is streamed in code order and merged as it streams: no query per entity. {@link BulkFiles} decides
 * when a file is written and keeps it; this class produces its content, in the caller's snapshot.
 */
@Component
class BulkFileContent {

    private final Registry registry;
    private final CreditRecords records;
    private final Lists lists;
    private final PublicView view;
    private final JsonMapper json;

    BulkFileContent(Registry registry, CreditRecords records, Lists lists, PublicView view, JsonMapper json) {
        this.registry = registry;
        this.records = records;
        this.lists = lists;
        this.view = view;
        this.json = json;
    }

    /** Every entity, its marks on {@code day} merged from the listings (both streams ordered by entity code). */
    long writeEntities(BulkFileWriter zip, LocalDate day) {
        zip.start(BulkFileWriter.ENTITIES, BulkFileWriter.ENTITY_COLUMNS);
        long count = 0;
        try (var all = registry.streamAll(); var listingStream = lists.streamAll(List.of(ListKind.values()))) {
            var listings = new EntityListings(listingStream.iterator());
            for (Iterator<MarketEntity> it = all.iterator(); it.hasNext(); count++) {
                var entity = it.next();
                var e = PublicEntity.of(entity, ListingRecords.marksOf(listings.of(entity.code()), day));
                zip.row(java.util.Arrays.asList(e.code(), e.name(), e.kind(), e.status(), e.legalRepresentative(),
                        e.registeredCapital(), e.establishedOn(), e.authority(), e.address(), e.businessScope(),
                        e.abnormal(), e.seriouslyDishonest()));
            }
        }
        return count;
    }

    /**
     * One section's records, entity by entity. The entity's kind decides a penalty's publicity, so the
     * records (by entity code) are merged with the entities (by code) as both stream.
     */
    long writeSection(BulkFileWriter zip, PublicSection section, LocalDate day, LocalDate previous,
                      Set<String> withdrawn) {
        long count = 0;
        try (var entityStream = registry.streamAll();
             var recordStream = records.streamCurrent(List.of(section.recordKind()))) {
            var entities = entityStream.iterator();
            MarketEntity entity = null;
            for (Iterator<EntityCreditRecord> it = recordStream.iterator(); it.hasNext(); ) {
                var held = it.next();
                while (entity == null || entity.code().compareTo(held.entityCode()) < 0) {
                    if (!entities.hasNext()) {
                        return count;
                    }
                    entity = entities.next();
                }
                if (!entity.code().equals(held.entityCode())) {
                    continue; // a record of an entity no longer registered is not public
                }
                EntityKind kind = entity.kind();
                var shown = view.of(held.entityCode(), kind, held.record(), day, ObjectedRecords.NONE);
                if (shown.isPresent()) {
                    zip.row(recordRow(held.entityCode(), section, shown.get().record()));
                    count++;
                } else if (previous != null && view.publicUntil(kind, held.record(), previous) != null) {
                    withdrawn.add(held.entityCode());
                }
            }
        }
        return count;
    }

    /** The listings of a list section public on {@code day}, entity by entity. */
    long writeListings(BulkFileWriter zip, PublicSection section, LocalDate day) {
        var kinds = java.util.Arrays.stream(ListKind.values())
                .filter(list -> ListingRecords.sectionOf(list) == section).toList();
        long count = 0;
        try (var listingStream = lists.streamAll(kinds)) {
            for (Iterator<Listing> it = listingStream.iterator(); it.hasNext(); ) {
                var listing = it.next();
                var shown = view.of(listing, day, ObjectedRecords.NONE);
                if (shown.isPresent()) {
                    zip.row(recordRow(listing.entityCode(), section, shown.get().record()));
                    count++;
                }
            }
        }
        return count;
    }

    /** Listings streamed in entity-code order, taken entity by entity as the entities stream in the same order. */
    private static final class EntityListings {

        private final Iterator<Listing> listings;
        private Listing next;

        EntityListings(Iterator<Listing> listings) {
            this.listings = listings;
            this.next = listings.hasNext() ? listings.next() : null;
        }

        /** The listings of {@code code}; those of codes before it (no longer registered) are skipped. */
        List<Listing> of(String code) {
            while (next != null && next.entityCode().compareTo(code) < 0) {
                advance();
            }
            if (next == null || !next.entityCode().equals(code)) {
                return List.of();
            }
            var of = new ArrayList<Listing>();
            while (next != null && next.entityCode().equals(code)) {
                of.add(next);
                advance();
            }
            return of;
        }

        private void advance() {
            next = listings.hasNext() ? listings.next() : null;
        }
    }

    private static List<Object> recordRow(String entityCode, PublicSection section, PublicRecord record) {
        var row = new ArrayList<Object>(List.of(entityCode, nullToEmpty(record.documentNumber()),
                record.date() == null ? "" : record.date(), nullToEmpty(record.department())));
        if (section == PublicSection.PENALTIES) {
            row.add(record.publicUntil() == null ? "" : record.publicUntil());
        }
        section.fieldNames().forEach(f -> row.add(nullToEmpty(record.fields().get(f))));
        return row;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    byte[] manifest(LocalDate day, java.time.Instant generatedAt, long cursor, BulkFileWriter zip) {
        var files = new ArrayList<Object>();
        zip.rows().forEach((name, rows) -> {
            var entry = new LinkedHashMap<String, Object>();
            entry.put("name", name);
            entry.put("rows", rows);
            entry.put("columns", zip.columns().get(name));
            files.add(entry);
        });
        var manifest = new LinkedHashMap<String, Object>();
        manifest.put("day", day.toString());
        manifest.put("generatedAt", generatedAt.toString());
        manifest.put("feedCursor", Long.toString(cursor));
        manifest.put("changeFeed", "/api/v1/public/changes?since=" + cursor);
        manifest.put("encoding", "UTF-8 with byte-order mark, RFC 4180");
        manifest.put("documentation", "docs/disclosure.md#bulk-file");
        manifest.put("files", files);
        return json.writeValueAsBytes(manifest);
    }
}
