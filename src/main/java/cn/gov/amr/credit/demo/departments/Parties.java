package cn.gov.amr.credit.demo.departments;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.schema.FieldRole;
import cn.gov.amr.credit.ingestion.schema.KindSchema;
import cn.gov.amr.credit.ingestion.schema.LicenceFields;
import cn.gov.amr.credit.ingestion.schema.PenaltyFields;
import cn.gov.amr.credit.registry.EntityIdentity;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.shared.ResidentIdNumber;

/**
 * Says whom a row concerns, the way departments do: mostly by credit code; about 3 % of the rows of
 * the kinds that have the fields by the registration number only, 3 % by the organisation code only
 * and 3 % by the exact name and legal representative only, so that every matching path is exercised.
 * An identifier is used alone only when it names exactly one entity.
 */
final class Parties {

    private static final int PER_MILLE = 1000;
    private static final int BY_REGISTRATION = 30;
    private static final int BY_ORGANISATION = 60;
    private static final int BY_NAME = 90;
    private static final int DEBTOR_BY_ORGANISATION = 150;
    private static final int DEBTOR_BY_NAME = 200;
    private static final int WITH_ID_NUMBER = 400;
    private static final String INDIVIDUAL_BUSINESS = "3";
    private static final String ORGANISATION = "1";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(1955, 1, 1);
    private static final int BIRTH_DAYS = 45 * 365;

    private final EntityPools pools;
    private final String idType;
    private final List<String> idRegions;
    private final long seed;

    Parties(EntityPools pools, DepartmentWords words, long seed) {
        this.pools = pools;
        this.idType = words.word("id-type");
        this.idRegions = words.items("id-regions");
        this.seed = seed;
    }

    /** Licences and penalties (national exchange format): name, kind of party, identifiers, legal representative. */
    void national(Map<String, String> row, KindSchema schema, int index, Random random) {
        EntityIdentity e = pools.get(index);
        row.put(RoleFields.of(schema, FieldRole.PARTY_NAME), e.name());
        row.put(RoleFields.of(schema, FieldRole.PARTY_TYPE), Choices.label(schema.role(FieldRole.PARTY_TYPE).orElseThrow(),
                e.kind() == EntityKind.INDIVIDUAL_BUSINESS ? INDIVIDUAL_BUSINESS : ORGANISATION));
        int roll = random.nextInt(PER_MILLE);
        if (roll < BY_REGISTRATION && pools.uniqueRegistration(index)) {
            row.put(RoleFields.of(schema, FieldRole.REGISTRATION_NUMBER), e.registrationNumber());
        } else if (roll >= BY_REGISTRATION && roll < BY_ORGANISATION && pools.uniqueOrganisation(index)) {
            row.put(RoleFields.of(schema, FieldRole.ORGANISATION_CODE), organisationCode(e, random));
        } else if (roll < BY_ORGANISATION || roll >= BY_NAME || !pools.uniqueNameAndRepresentative(index)) {
            row.put(RoleFields.of(schema, FieldRole.CREDIT_CODE), e.code());
            if (e.registrationNumber() != null && random.nextInt(4) == 0) {
                row.put(RoleFields.of(schema, FieldRole.REGISTRATION_NUMBER), e.registrationNumber());
            }
        }
        if (e.legalRepresentativeName() != null) {
            row.put(RoleFields.of(schema, FieldRole.LEGAL_REPRESENTATIVE), e.legalRepresentativeName());
            if (random.nextInt(PER_MILLE) < WITH_ID_NUMBER) {
                boolean penalty = schema.kind() == RecordKind.PENALTY;
                row.put((penalty ? PenaltyFields.LEGAL_REPRESENTATIVE_ID_TYPE
                        : LicenceFields.LEGAL_REPRESENTATIVE_ID_TYPE).name(), idType);
                row.put((penalty ? PenaltyFields.LEGAL_REPRESENTATIVE_ID_NUMBER
                        : LicenceFields.LEGAL_REPRESENTATIVE_ID_NUMBER).name(), representativeId(e));
            }
        }
    }

    /**
     * Whether a dishonest-debtor row can name the entity: the code of an entity flagged for review fails
     * its check, so such an entity is named by its organisation code or its name where those are unique.
     */
    boolean debtorNameable(int index) {
        return !pools.get(index).reviewFlag() || pools.uniqueOrganisation(index) || pools.uniqueNameAndRepresentative(index);
    }

    /** Dishonest debtors: credit code or organisation code as the party's identifier, name, legal representative. */
    void debtor(Map<String, String> row, KindSchema schema, int index, Random random) {
        EntityIdentity e = pools.get(index);
        row.put(RoleFields.of(schema, FieldRole.PARTY_NAME), e.name());
        row.put(RoleFields.of(schema, FieldRole.LEGAL_REPRESENTATIVE), e.legalRepresentativeName());
        int roll = random.nextInt(PER_MILLE);
        boolean byOrganisation = pools.uniqueOrganisation(index) && (roll < DEBTOR_BY_ORGANISATION || e.reviewFlag());
        boolean byName = !byOrganisation && pools.uniqueNameAndRepresentative(index)
                && (roll < DEBTOR_BY_NAME || e.reviewFlag());
        if (byOrganisation) {
            row.put(RoleFields.of(schema, FieldRole.PARTY_ID), organisationCode(e, random));
        } else if (!byName) {
            row.put(RoleFields.of(schema, FieldRole.PARTY_ID), e.code());
        }
    }

    /** The other kinds: name and credit code. */
    void coded(Map<String, String> row, KindSchema schema, int index) {
        EntityIdentity e = pools.get(index);
        row.put(RoleFields.of(schema, FieldRole.PARTY_NAME), e.name());
        row.put(RoleFields.of(schema, FieldRole.CREDIT_CODE), e.code());
    }

    /** A valid resident ID number for the entity's legal representative, always the same for the same entity. */
    String representativeId(EntityIdentity e) {
        var random = new Random(seed * 31 + e.code().hashCode());
        LocalDate birth = EARLIEST_BIRTH.plusDays(random.nextInt(BIRTH_DAYS));
        String first17 = idRegions.get(random.nextInt(idRegions.size())) + birth.toString().replace("-", "")
                + String.format("%03d", random.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacterFor(first17);
    }

    private static String organisationCode(EntityIdentity e, Random random) {
        String code = e.organisationCode();
        return random.nextBoolean() ? code : code.substring(0, 8) + "-" + code.substring(8);
    }
}
