package cn.gov.amr.credit.classification.application;

import cn.gov.amr.credit.ingestion.BatchAccepted;
import cn.gov.amr.credit.lists.EntityListed;
import cn.gov.amr.credit.lists.EntityRemoved;
import cn.gov.amr.credit.registry.EntitiesBulkLoaded;
import cn.gov.amr.credit.registry.EntityChanged;
import cn.gov.amr.credit.registry.EntityProfiles;
import cn.gov.amr.credit.registry.EntityRegistered;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;

/**
 * Classifies the entities new information concerns, as soon as it is committed: a batch's entities, a
 * registered or changed entity, a listed or removed entity and the entities sharing its legal
 * representative (their "related" indicator changes). Delivered through the event publication registry
 * and redelivered after a crash: classifying again is harmless. A batch naming more than
 * {@value #FULL_RUN_ABOVE} entities (an initial load) queues a full run instead, which is cheaper.
 */
@Component
class ReclassificationListener {

    static final int FULL_RUN_ABOVE = 5_000;
    private final ClassificationService classification;
    private final RunService runs;
    private final EntityProfiles profiles;

    ReclassificationListener(ClassificationService classification, RunService runs, EntityProfiles profiles) {
        this.classification = classification;
        this.runs = runs;
        this.profiles = profiles;
    }

    @ApplicationModuleListener
    void on(BatchAccepted event) {
        reclassify(event.entityCodes());
    }

    @ApplicationModuleListener
    void on(EntityRegistered event) {
        reclassify(List.of(event.code()));
    }

    @ApplicationModuleListener
    void on(EntityChanged event) {
        reclassify(List.of(event.code()));
    }

    @ApplicationModuleListener
    void on(EntityListed event) {
        reclassifyWithRelated(event.entityCode());
    }

    @ApplicationModuleListener
    void on(EntityRemoved event) {
        reclassifyWithRelated(event.entityCode());
    }

    @ApplicationModuleListener
    void on(EntitiesBulkLoaded event) {
        runs.startFull();
    }

    private void reclassifyWithRelated(String code) {
        var codes = new HashSet<String>();
        codes.add(code);
        profiles.sharingRepresentative(List.of(code)).values().forEach(codes::addAll);
        reclassify(codes);
    }

    private void reclassify(Collection<String> codes) {
        if (codes.size() > FULL_RUN_ABOVE) {
            runs.startFull();
        } else if (!codes.isEmpty()) {
            classification.reclassify(codes);
        }
    }
}
