package cn.gov.amr.credit.disclosure.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

import cn.gov.amr.credit.disclosure.model.PublicEntity;
import cn.gov.amr.credit.disclosure.model.PublicRecord;
import cn.gov.amr.credit.disclosure.model.PublicSection;
import cn.gov.amr.credit.ingestion.CreditRecords;
import cn.gov.amr.credit.ingestion.EntityCreditRecord;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.MarketEntity;
import cn.gov.amr.credit.registry.Registry;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a bulk file holds: the rows of its CSV files (every entity, every public record section by
 * section, in the columns {@link BulkFileWriter} names) and its manifest. {@link BulkFiles} decides
 * when a file is written and keeps it; this class produces its content, in the caller's snapshot.
 */
@Component
class BulkFileContent {

    private final Registry registry;
    private final CreditRecords records;
    private final PublicView view;
    private final JsonMapper json;

    BulkFileContent(Registry registry, CreditRecords records, PublicView view, JsonMapper json) {
        this.registry = registry;
        this.records = records;
        this.view = view;
        this.json = json;
    }

    long writeEntities(BulkFileWriter zip) {
        zip.start(BulkFileWriter.ENTITIES, BulkFileWriter.ENTITY_COLUMNS);
        long count = 0;
        try (var all = registry.streamAll()) {
            for (Iterator<MarketEntity> it = all.iterator(); it.hasNext(); count++) {
                var e = PublicEntity.of(it.next());
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
                var shown = view.of(held.entityCode(), kind, held.record(), day,
                        cn.gov.amr.credit.disclosure.model.ObjectedRecords.NONE);
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

    private static List<Object> recordRow(String entityCode, PublicSection section, PublicRecord record) {
        var row = new ArrayList<Object>(List.of(entityCode, nullToEmpty(record.documentNumber()),
                record.date() == null ? "" : record.date(), nullToEmpty(record.department())));
        if (section == PublicSection.PENALTIES) {
            row.add(record.publicUntil() == null ? "" : record.publicUntil());
        }
        section.fields().forEach(f -> row.add(nullToEmpty(record.fields().get(f.name()))));
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
