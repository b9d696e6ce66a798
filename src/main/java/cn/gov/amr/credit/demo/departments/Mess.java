package cn.gov.amr.credit.demo.departments;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import cn.gov.amr.credit.ingestion.schema.RecordField;
import cn.gov.amr.credit.ingestion.schema.ValueType;
import cn.gov.amr.credit.ingestion.schema.FieldRole;
import cn.gov.amr.credit.ingestion.schema.KindSchema;
import cn.gov.amr.credit.registry.EntityIdentity;
import cn.gov.amr.credit.shared.CreditCode;
import cn.gov.amr.credit.shared.OrganisationCode;

/**
 * What real department files get wrong (DOMAIN §4). Fixable mess leaves a row acceptable after
 * normalisation: full-width or lower-case letters in codes, stray spaces, dates as {@code yyyy/M/d},
 * {@code yyyyMMdd} or {@code yyyy年M月d日}, choices sent as their codes. Failures make the row one the
 * pipeline must quarantine: a credit code with a wrong check character, a valid code no entity has,
 * an impossible date.
 */
final class Mess {

    /** Why a row is to be quarantined. */
    enum Failure {
        WRONG_CHECK_CHARACTER, UNKNOWN_ENTITY, IMPOSSIBLE_DATE
    }

    private static final String REGION = "360481";
    private static final String NEW_ORGANISATION_PREFIX = "MA";
    private static final int FULL_WIDTH_OFFSET = 0xFEE0;
    private static final List<String> IMPOSSIBLE_DAYS = List.of("-02-30", "-13-01", "-04-31", "-06-31", "-11-31");
    private static final int KINDS_OF_MESS = 5;

    private final KindSchema schema;
    private final EntityPools pools;
    private final List<DateTimeFormatter> dateFormats;

    Mess(KindSchema schema, DepartmentWords words, EntityPools pools) {
        this.schema = schema;
        this.pools = pools;
        this.dateFormats = words.items("date-formats").stream().map(DateTimeFormatter::ofPattern).toList();
    }

    /** Writes the row the way a careless system would, without making it unacceptable. */
    void fix(Map<String, String> row, Random random) {
        String identifier = Stream.of(FieldRole.CREDIT_CODE, FieldRole.REGISTRATION_NUMBER, FieldRole.ORGANISATION_CODE,
                        FieldRole.PARTY_ID).map(role -> RoleFields.of(schema, role))
                .filter(f -> f != null && row.get(f) != null).findFirst().orElse(null);
        switch (random.nextInt(KINDS_OF_MESS)) {
            case 0 -> {
                if (identifier != null) {
                    row.put(identifier, fullWidth(row.get(identifier)));
                } else {
                    spaces(row);
                }
            }
            case 1 -> {
                if (identifier != null && row.get(identifier).chars().anyMatch(Character::isLetter)) {
                    row.put(identifier, row.get(identifier).toLowerCase());
                } else {
                    spaces(row);
                }
            }
            case 2 -> spaces(row);
            case 3 -> dates(row, random);
            default -> {
                if (!codes(row)) {
                    dates(row, random);
                }
            }
        }
    }

    /** Makes the row one the pipeline must quarantine. */
    void fail(Map<String, String> row, Failure failure, EntityIdentity entity, LocalDate date, Random random) {
        FieldRole codeRole = schema.role(FieldRole.CREDIT_CODE).isPresent() ? FieldRole.CREDIT_CODE : FieldRole.PARTY_ID;
        String codeField = RoleFields.of(schema, codeRole);
        switch (failure) {
            case WRONG_CHECK_CHARACTER -> row.put(codeField, wrongCheckCharacter(entity.code(), random));
            case UNKNOWN_ENTITY -> row.put(codeField, unknownCode(entity, random));
            case IMPOSSIBLE_DATE -> row.put(RoleFields.of(schema, FieldRole.DECIDED_ON),
                    date.getYear() + IMPOSSIBLE_DAYS.get(random.nextInt(IMPOSSIBLE_DAYS.size())));
        }
    }

    private void spaces(Map<String, String> row) {
        row.computeIfPresent(RoleFields.of(schema, FieldRole.PARTY_NAME), (k, v) -> "  " + v + " ");
        row.computeIfPresent(RoleFields.of(schema, FieldRole.NATURAL_KEY), (k, v) -> " " + v + "  ");
    }

    private void dates(Map<String, String> row, Random random) {
        var format = dateFormats.get(random.nextInt(dateFormats.size()));
        for (RecordField field : schema.fields()) {
            if (field.type() == ValueType.DATE && row.get(field.name()) != null) {
                row.put(field.name(), LocalDate.parse(row.get(field.name())).format(format));
            }
        }
    }

    /** Choices as their codes; false when the row has none. */
    private boolean codes(Map<String, String> row) {
        boolean any = false;
        for (RecordField field : schema.fields()) {
            String value = row.get(field.name());
            if (value == null || !field.type().isChoice()) {
                continue;
            }
            row.put(field.name(), Stream.of(value.split(";")).map(label -> Choices.code(field, label))
                    .collect(Collectors.joining(";")));
            any = true;
        }
        return any;
    }

    /** Digits and Latin letters full-width, as typed with a Chinese input method. */
    static String fullWidth(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            boolean alphanumeric = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
            out.append(alphanumeric ? (char) (c + FULL_WIDTH_OFFSET) : c);
        }
        return out.toString();
    }

    private String wrongCheckCharacter(String code, Random random) {
        String first17 = code.substring(0, CreditCode.LENGTH - 1);
        while (true) {
            char wrong = CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length()));
            String candidate = first17 + wrong;
            if (wrong != CreditCode.checkCharacterFor(first17) && !pools.registered(candidate)) {
                return candidate;
            }
        }
    }

    /** A valid credit code of the city no entity has, of the same kind as {@code entity}'s. */
    private String unknownCode(EntityIdentity entity, Random random) {
        while (true) {
            var organisation = new StringBuilder(NEW_ORGANISATION_PREFIX);
            while (organisation.length() < OrganisationCode.LENGTH - 1) {
                organisation.append(CreditCode.ALPHABET.charAt(random.nextInt(CreditCode.ALPHABET.length())));
            }
            organisation.append(OrganisationCode.checkCharacterFor(organisation.toString()));
            String first17 = entity.code().substring(0, 2) + REGION + organisation;
            String code = first17 + CreditCode.checkCharacterFor(first17);
            if (!pools.registered(code)) {
                return code;
            }
        }
    }
}
