package cn.gov.amr.credit.disclosure.model;

import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityStatus;
import cn.gov.amr.credit.registry.MarketEntity;

/**
 * An entity as a public search lists it: no personal data beyond the legal representative's name, texts
 * masked ({@link PublicText}). {@code abnormal} and {@code seriouslyDishonest} mark list entries (filled
 * once the lists exist).
 */
public record PublicEntitySummary(String code, String name, EntityKind kind, EntityStatus status,
                                  String legalRepresentative, boolean abnormal, boolean seriouslyDishonest) {

    public static PublicEntitySummary of(MarketEntity entity) {
        return new PublicEntitySummary(entity.code(), PublicText.of(entity.name()), entity.kind(), entity.status(),
                entity.legalRepresentative() == null ? null : PublicText.of(entity.legalRepresentative().name()),
                false, false);
    }
}
