package cn.gov.amr.credit.ingestion.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.gov.amr.credit.registry.EntityIdentity;

/**
 * Attaches a row to one registered entity by the strongest identifier the row gives: its credit
 * code; else its registration number; else its organisation code; else its exact name together with
 * its legal representative. A weaker identifier is never used when a stronger one is given, so a
 * record is never attached on a guess. An entity's organisation code is the one registered, and the
 * one embedded in its credit code (positions 9–17). A credit code that fails only its check character is accepted
 * when it is exactly the code of an entity the registry holds with a review flag; the match is then
 * flagged.
 */
public final class EntityMatcher {

    /** The outcome: an entity code (maybe flagged), or the problem that quarantines the row. */
    public record Match(String entityCode, boolean flagged, RowProblem problem) {

        public boolean matched() {
            return entityCode != null;
        }
    }

    private final Map<String, EntityIdentity> byCode = new HashMap<>();
    private final Map<String, List<EntityIdentity>> byRegistrationNumber = new HashMap<>();
    private final Map<String, List<EntityIdentity>> byOrganisationCode = new HashMap<>();
    private final Map<String, List<EntityIdentity>> byNameAndRepresentative = new HashMap<>();

    public EntityMatcher(Collection<EntityIdentity> candidates) {
        for (EntityIdentity entity : candidates) {
            byCode.put(entity.code(), entity);
            add(byRegistrationNumber, entity.registrationNumber(), entity);
            add(byOrganisationCode, entity.organisationCode(), entity);
            String embedded = entity.code().length() == 18 ? entity.code().substring(8, 17) : null;
            if (embedded != null && !embedded.equals(entity.organisationCode())) {
                add(byOrganisationCode, embedded, entity);
            }
            if (entity.name() != null && entity.legalRepresentativeName() != null) {
                add(byNameAndRepresentative, nameKey(TextNormalizer.name(entity.name()),
                        TextNormalizer.name(entity.legalRepresentativeName())), entity);
            }
        }
    }

    public Match match(PartyIdentifiers party, String creditCodeField, String registrationField,
                       String organisationField, String nameField) {
        if (party.creditCode() != null) {
            EntityIdentity entity = byCode.get(party.creditCode());
            if (party.creditCodeSuspect()) {
                return entity != null && entity.reviewFlag() ? new Match(entity.code(), true, null)
                        : problem(creditCodeField, "CREDIT_CODE_CHECK_FAILED", party.creditCode());
            }
            return entity != null ? new Match(entity.code(), entity.reviewFlag(), null)
                    : problem(creditCodeField, "ENTITY_NOT_FOUND_BY_CODE", party.creditCode());
        }
        if (party.registrationNumber() != null) {
            return single(byRegistrationNumber.get(party.registrationNumber()), registrationField,
                    party.registrationNumber());
        }
        if (party.organisationCode() != null) {
            return single(byOrganisationCode.get(party.organisationCode()), organisationField, party.organisationCode());
        }
        return single(byNameAndRepresentative.get(nameKey(party.name(), party.legalRepresentative())), nameField,
                party.name());
    }

    private static Match single(List<EntityIdentity> found, String field, String value) {
        if (found == null || found.isEmpty()) {
            return problem(field, "ENTITY_NOT_FOUND_BY_IDENTIFIER", value);
        }
        if (found.size() > 1) {
            return problem(field, "ENTITY_AMBIGUOUS", value, found.size());
        }
        return new Match(found.get(0).code(), found.get(0).reviewFlag(), null);
    }

    private static Match problem(String field, String code, Object... arguments) {
        return new Match(null, false, RowProblem.of(field, code, arguments));
    }

    private static void add(Map<String, List<EntityIdentity>> index, String key, EntityIdentity entity) {
        if (key != null && !key.isEmpty()) {
            index.computeIfAbsent(key, k -> new ArrayList<>(1)).add(entity);
        }
    }

    private static String nameKey(String name, String representative) {
        return name + '\u0001' + representative;
    }
}
