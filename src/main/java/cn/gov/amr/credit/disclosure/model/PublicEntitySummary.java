package cn.gov.amr.credit.disclosure.model;

import cn.gov.amr.credit.lists.ListMarks;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityStatus;
import cn.gov.amr.credit.registry.MarketEntity;

/**
 * An entity as a public search lists it: no personal data beyond the legal representative's name, texts
 * masked ({@link PublicText}). {@code abnormal} marks an entity on the abnormal-operations list or in the
 * abnormal state, {@code seriouslyDishonest} one on the serious illegal and dishonest list, on the day asked.
 */
public record PublicEntitySummary(String code, String name, EntityKind kind, EntityStatus status,
                                  String legalRepresentative, boolean abnormal, boolean seriouslyDishonest) {

    public static PublicEntitySummary of(MarketEntity entity, ListMarks marks) {
        return new PublicEntitySummary(entity.code(), PublicText.of(entity.name()), entity.kind(), entity.status(),
                entity.legalRepresentative() == null ? null : PublicText.of(entity.legalRepresentative().name()),
                marks.abnormal(), marks.seriouslyDishonest());
    }
}
