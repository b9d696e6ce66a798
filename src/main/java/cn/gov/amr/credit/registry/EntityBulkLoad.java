package cn.gov.amr.credit.registry;

import java.util.Iterator;

import cn.gov.amr.credit.registry.infrastructure.EntityBulkLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers many entities at once (the demo city, a first import from the registration system):
 * no checks, no events, no audit entries, each entity with a CREATED history entry without field
 * details. Callers hand over entities that already passed their own checks, with codes not yet
 * registered (a duplicate fails the whole load).
 */
@Service
public class EntityBulkLoad {

    private final EntityBulkLoader loader;
    private final JdbcClient jdbc;
    private final org.springframework.context.ApplicationEventPublisher events;

    EntityBulkLoad(EntityBulkLoader loader, JdbcClient jdbc, org.springframework.context.ApplicationEventPublisher events) {
        this.loader = loader;
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * Copies every entity in and returns how many. Runs in the caller's transaction (one is required),
     * so a load that fails or is interrupted leaves nothing behind. Publishes {@link EntitiesBulkLoaded}
     * (delivered once the transaction commits).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int load(Iterator<MarketEntity> entities) {
        int loaded = loader.load(entities);
        events.publishEvent(new EntitiesBulkLoaded(loaded));
        return loaded;
    }

    /**
     * After the load's transaction has committed: refreshes the planner's statistics of the registry's
     * tables (search plans depend on them). Must be called outside a transaction.
     */
    @Transactional(propagation = Propagation.NEVER)
    public void analyze() {
        jdbc.sql("vacuum analyze registry.entities").update();
    }
}
