package cn.gov.amr.credit.demo.departments;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import cn.gov.amr.credit.ingestion.schema.PartyNames;
import cn.gov.amr.credit.registry.EntityIdentity;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityStatus;

/**
 * The entities records may concern, indexed for drawing: by pool (kinds and words of the name, see the
 * vocabulary), by establishment date (a record is never dated before the entity existed) and by status
 * (an entity no longer active gets records dated up to {@link DemoFigures#CLOSED_ENTITIES_LAST_DAY}
 * only). Also knows which weaker identifiers name exactly one entity, so rows may carry only those.
 */
final class EntityPools {

    private static final int TRIES = 32;

    private final List<EntityIdentity> entities;
    private final Set<String> codes = new HashSet<>();
    private final boolean[] uniqueRegistration;
    private final boolean[] uniqueOrganisation;
    private final boolean[] uniqueNameAndRepresentative;
    private final Map<String, Pool> pools = new HashMap<>();
    private final Map<String, BitSet> namesContaining = new HashMap<>();
    private final Map<Character, BitSet> namesWith = new HashMap<>();
    /** Epoch day of each entity's establishment ({@code Long.MAX_VALUE} when unknown: it gets no dated record). */
    private final long[] established;
    /** Entity indices in order of establishment. */
    private final int[] byEstablishment;
    /** Each entity's position in {@link #byEstablishment}. */
    private final int[] rank;
    private final Pool everyone;

    EntityPools(List<EntityIdentity> entities) {
        this.entities = List.copyOf(entities);
        int n = entities.size();
        var registrations = new HashMap<String, Integer>();
        var organisations = new HashMap<String, Integer>();
        var names = new HashMap<String, Integer>();
        var nameKeys = new String[n];
        for (int i = 0; i < n; i++) {
            EntityIdentity e = entities.get(i);
            nameKeys[i] = nameKey(e);
            codes.add(e.code());
            count(registrations, e.registrationNumber());
            count(organisations, e.organisationCode());
            count(names, nameKeys[i]);
        }
        uniqueRegistration = new boolean[n];
        uniqueOrganisation = new boolean[n];
        uniqueNameAndRepresentative = new boolean[n];
        for (int i = 0; i < n; i++) {
            EntityIdentity e = entities.get(i);
            uniqueRegistration[i] = once(registrations, e.registrationNumber());
            uniqueOrganisation[i] = once(organisations, e.organisationCode());
            uniqueNameAndRepresentative[i] = once(names, nameKeys[i]);
        }
        established = new long[n];
        for (int i = 0; i < n; i++) {
            LocalDate on = entities.get(i).establishedOn();
            established[i] = on == null ? Long.MAX_VALUE : on.toEpochDay();
        }
        byEstablishment = IntStream.range(0, n).boxed()
                .sorted(Comparator.<Integer>comparingLong(i -> established[i]).thenComparing(i -> i))
                .mapToInt(Integer::intValue).toArray();
        rank = new int[n];
        for (int r = 0; r < n; r++) {
            rank[byEstablishment[r]] = r;
        }
        everyone = pool("");
    }

    int size() {
        return entities.size();
    }

    EntityIdentity get(int index) {
        return entities.get(index);
    }

    List<EntityIdentity> all() {
        return entities;
    }

    boolean registered(String code) {
        return codes.contains(code);
    }

    boolean uniqueRegistration(int index) {
        return uniqueRegistration[index];
    }

    boolean uniqueOrganisation(int index) {
        return uniqueOrganisation[index];
    }

    boolean uniqueNameAndRepresentative(int index) {
        return uniqueNameAndRepresentative[index];
    }

    /**
     * An entity of the pool {@code spec} that may carry a record dated {@code date}, not one of
     * {@code taken}; from all entities when the pool has none.
     */
    int pick(String spec, LocalDate date, Random random, Set<Integer> taken) {
        int found = pool(spec).pick(date, random, taken);
        if (found < 0) {
            found = everyone.pick(date, random, taken);
        }
        if (found < 0) {
            throw new IllegalStateException("no entity may carry a record dated " + date);
        }
        return found;
    }

    private Pool pool(String spec) {
        return pools.computeIfAbsent(spec.strip(), this::build);
    }

    private Pool build(String spec) {
        Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
        BitSet named = null;
        for (String token : spec.split("\\s+")) {
            if (token.startsWith("@")) {
                kinds.add(EntityKind.valueOf(token.substring(1)));
            } else if (!token.isEmpty()) {
                named = named == null ? new BitSet(entities.size()) : named;
                named.or(namesContaining(token));
            }
        }
        IntPredicate ofKind = i -> kinds.isEmpty() || kinds.contains(entities.get(i).kind());
        int[] all = named == null ? Arrays.stream(byEstablishment).filter(ofKind).toArray()
                : named.stream().filter(ofKind).boxed().sorted(Comparator.comparingInt(i -> rank[i]))
                .mapToInt(Integer::intValue).toArray();
        int[] active = Arrays.stream(all).filter(i -> entities.get(i).status() == EntityStatus.ACTIVE).toArray();
        return new Pool(established, all, active);
    }

    /** The entities whose name contains {@code word}: those with all its characters, then checked. */
    private BitSet namesContaining(String word) {
        return namesContaining.computeIfAbsent(word, w -> {
            BitSet hits = null;
            for (int i = 0; i < w.length(); i++) {
                BitSet with = namesWith().getOrDefault(w.charAt(i), new BitSet());
                if (hits == null) {
                    hits = (BitSet) with.clone();
                } else {
                    hits.and(with);
                }
            }
            for (int i = hits.nextSetBit(0); i >= 0; i = hits.nextSetBit(i + 1)) {
                if (!entities.get(i).name().contains(w)) {
                    hits.clear(i);
                }
            }
            return hits;
        });
    }

    private Map<Character, BitSet> namesWith() {
        if (namesWith.isEmpty()) {
            for (int i = 0; i < entities.size(); i++) {
                String name = entities.get(i).name();
                for (int c = 0; name != null && c < name.length(); c++) {
                    namesWith.computeIfAbsent(name.charAt(c), k -> new BitSet(entities.size())).set(i);
                }
            }
        }
        return namesWith;
    }

    /** Entity indices sorted by establishment date: all of them, and the active ones. */
    private record Pool(long[] established, int[] all, int[] active) {

        int pick(LocalDate date, Random random, Set<Integer> taken) {
            int[] candidates = date.isAfter(DemoFigures.CLOSED_ENTITIES_LAST_DAY) ? active : all;
            int eligible = establishedBy(candidates, date.toEpochDay());
            if (eligible == 0) {
                return -1;
            }
            for (int t = 0; t < TRIES; t++) {
                int index = candidates[random.nextInt(eligible)];
                if (!taken.contains(index)) {
                    return index;
                }
            }
            return Arrays.stream(candidates, 0, eligible).filter(i -> !taken.contains(i)).findFirst().orElse(-1);
        }

        /** How many of {@code candidates} were established on or before {@code day}. */
        private int establishedBy(int[] candidates, long day) {
            int low = 0;
            int high = candidates.length;
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (established[candidates[mid]] > day) {
                    high = mid;
                } else {
                    low = mid + 1;
                }
            }
            return low;
        }
    }

    private static String nameKey(EntityIdentity e) {
        return e.name() == null || e.legalRepresentativeName() == null ? null
                : PartyNames.asCompared(e.name()) + '\t' + PartyNames.asCompared(e.legalRepresentativeName());
    }

    private static void count(Map<String, Integer> counts, String key) {
        if (key != null && !key.isEmpty()) {
            counts.merge(key, 1, Integer::sum);
        }
    }

    private static boolean once(Map<String, Integer> counts, String key) {
        return key != null && !key.isEmpty() && counts.get(key) == 1;
    }
}
