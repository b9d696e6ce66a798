package cn.gov.amr.credit.demo.departments;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;

import cn.gov.amr.credit.ingestion.schema.KindSchema;
import cn.gov.amr.credit.ingestion.schema.RecordField;
import cn.gov.amr.credit.registry.EntityIdentity;

/** What the row makers of one stream share: schema, department, vocabulary, entities, the last day. */
final class Context {

    private final KindSchema schema;
    private final Source source;
    private final DepartmentWords words;
    private final EntityPools pools;
    private final Parties parties;
    private final LocalDate lastDay;
    private final Map<String, String> branches = new HashMap<>();
    private final String bureau;

    Context(KindSchema schema, Source source, DepartmentWords words, EntityPools pools, Parties parties,
            LocalDate lastDay) {
        this.schema = schema;
        this.source = source;
        this.words = words;
        this.pools = pools;
        this.parties = parties;
        this.lastDay = lastDay;
        this.bureau = words.rows("bureau").get(0)[0];
        words.rows("branches").forEach(r -> branches.put(r[0], r[1]));
    }

    KindSchema schema() {
        return schema;
    }

    Source source() {
        return source;
    }

    DepartmentWords words() {
        return words;
    }

    EntityPools pools() {
        return pools;
    }

    Parties parties() {
        return parties;
    }

    LocalDate lastDay() {
        return lastDay;
    }

    /** The label of a choice of this kind's schema by its national code. */
    String label(RecordField field, String code) {
        return Choices.label(field, code);
    }

    /**
     * The office that deals with the entity: for market supervision the grassroots branch of the
     * entity's jurisdiction; for another department the department itself.
     */
    String office(EntityIdentity entity) {
        if (!source.department().internal()) {
            return source.authorityName();
        }
        String branch = entity.jurisdiction() == null ? null : branches.get(entity.jurisdiction());
        return branch == null ? bureau : bureau + branch;
    }

    static String iso(LocalDate date) {
        return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }
}
