package cn.gov.amr.credit.creditfile.model;

import java.util.List;

import cn.gov.amr.credit.ingestion.CreditRecord;
import cn.gov.amr.credit.lists.Listing;
import cn.gov.amr.credit.registry.MarketEntity;

/**
 * An entity's credit file: the entity (ID number masked), its records newest first, its current flags,
 * and its listings on the lists (every decision, newest first, removed ones with their removal).
 */
public record CreditFile(MarketEntity entity, List<CreditRecord> records, List<CreditFlag> flags,
                         List<Listing> listings) {
}
