package cn.gov.amr.credit.registry;

import cn.gov.amr.credit.registry.infrastructure.ProfileQueries;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The registry as rules read it in bulk (classification, warnings): entity profiles, the entities that
 * share a legal representative (by ID number, never by name), and the days of registry changes.
 */
@Service
public class EntityProfiles {

    private final ProfileQueries queries;

    EntityProfiles(ProfileQueries queries) {
        this.queries = queries;
    }

    /** Every entity's profile, ordered by code (byte order): a cursor read and closed in the caller's transaction. */
    @Transactional(readOnly = true)
    public Stream<EntityProfile> streamAll() {
        return queries.streamAll();
    }

    /** How many entities are registered (every status). */
    @Transactional(readOnly = true)
    public long count() {
        return queries.count();
    }

    /** The profiles of the given entities (unknown codes are absent), in no order. */
    @Transactional(readOnly = true)
    public List<EntityProfile> of(Collection<String> codes) {
        return queries.of(codes);
    }

    /**
     * For each given entity with a legal representative's ID number, the other entities whose legal
     * representative has the same ID type and number (entities without one are absent).
     */
    @Transactional(readOnly = true)
    public Map<String, Set<String>> sharingRepresentative(Collection<String> codes) {
        return queries.sharingRepresentative(codes);
    }

    /**
     * The days (legal time) of the registry changes since {@code since} of the given entities (null: every
     * entity), registration itself excluded.
     */
    @Transactional(readOnly = true)
    public Map<String, List<LocalDate>> changeDays(Collection<String> codes, Instant since) {
        return queries.changeDays(codes, since);
    }
}
