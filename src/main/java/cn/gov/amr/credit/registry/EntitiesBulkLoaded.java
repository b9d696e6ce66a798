package cn.gov.amr.credit.registry;

/**
 * Published after entities were registered in bulk ({@link EntityBulkLoad}: the demo city, a first import),
 * which publishes no event per entity: modules that derive something from every entity recompute it.
 */
public record EntitiesBulkLoaded(int entities) {
}
