package cn.gov.amr.credit.demo.city;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;

import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityStatus;
import cn.gov.amr.credit.registry.IdType;
import cn.gov.amr.credit.registry.LegalRepresentative;
import cn.gov.amr.credit.registry.MarketEntity;
import cn.gov.amr.credit.shared.CreditCode;
import cn.gov.amr.credit.shared.OrganisationCode;
import cn.gov.amr.credit.shared.RegistrationNumber;
import cn.gov.amr.credit.shared.ResidentIdNumber;

/**
 * A city like the one in the seed (Ruichang, region 360481), deterministic from a seed number: the
 * same seed and size always give the same entities in the same order. About 35 % enterprises,
 * 62 % individual businesses and 3 % cooperatives, with valid codes (and a handful flagged with a
 * failing check character, as real data has), plausible names (字号 + 行业 + 组织形式), legal
 * representatives with valid ID numbers, addresses in the city's towns, an industry mix, dates over
 * 30 years and some revoked, deregistered or moved-out entities.
 */
public final class SyntheticCity implements Iterable<MarketEntity> {

    static final String REGION = "360481";
    static final String LOADED_BY = "demo";
    private static final LocalDate FIRST_DAY = LocalDate.of(1996, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 10, 31);
    private static final LocalDate UNIFIED_CODES_FROM = LocalDate.of(2015, 10, 1);
    private static final String CODE_SYMBOLS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    /** One flagged entity in this many (a handful per city). */
    private static final int FLAG_EVERY = 16_000;

    private final long seed;
    private final int size;
    private final CityWords words = CityWords.load();
    private final Instant loadedAt;

    public SyntheticCity(long seed, int size, Instant loadedAt) {
        this.seed = seed;
        this.size = size;
        this.loadedAt = loadedAt;
    }

    /** The jurisdictions whose towns the city's entities lie in. */
    public List<String> jurisdictions() {
        return words.rows("towns").stream().map(r -> r[2]).distinct().toList();
    }

    @Override
    public Iterator<MarketEntity> iterator() {
        var random = new Random(seed);
        var vocabulary = new Vocabulary(words);
        Set<String> codes = new HashSet<>();
        return new Iterator<>() {
            int made;

            @Override
            public boolean hasNext() {
                return made < size;
            }

            @Override
            public MarketEntity next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                made++;
                return entity(random, vocabulary, codes, made);
            }
        };
    }

    private MarketEntity entity(Random random, Vocabulary v, Set<String> codes, int ordinal) {
        int roll = random.nextInt(100);
        EntityKind kind = roll < 35 ? EntityKind.ENTERPRISE : roll < 97 ? EntityKind.INDIVIDUAL_BUSINESS : EntityKind.COOPERATIVE;
        var industry = v.industry(kind, random);
        var town = v.towns.pick(random);
        LocalDate established = establishmentDate(random);
        boolean flagged = ordinal % FLAG_EVERY == FLAG_EVERY / 2;
        String code = uniqueCode(kind, established, random, codes, flagged);
        String name = v.name(kind, industry, town[0], random);
        var status = status(established, random);
        String registrationNumber = established.isBefore(UNIFIED_CODES_FROM) ? registrationNumber(random) : null;
        var representative = new LegalRepresentative(v.personName(random), IdType.RESIDENT_ID, idNumber(v, random));
        BigDecimal capital = capital(kind, random);
        String address = words.single("city") + town[0] + v.road(random) + (1 + random.nextInt(399)) + v.houseNumber;
        String industryCode = industry.section() + industry.division();
        return new MarketEntity(code, registrationNumber, code.substring(8, 17), name, List.of(), kind, representative,
                capital, established, words.single("authority"), status, address, town[0], REGION, industryCode,
                industry.scope(), town[2], flagged, flagged ? "check character does not match (registration data)" : null,
                1, loadedAt, LOADED_BY, loadedAt, LOADED_BY);
    }

    private static LocalDate establishmentDate(Random random) {
        long days = LAST_DAY.toEpochDay() - FIRST_DAY.toEpochDay();
        // More entities were registered in recent years: skew towards the end.
        double skewed = Math.pow(random.nextDouble(), 0.55);
        return FIRST_DAY.plusDays((long) (skewed * days));
    }

    private static EntityStatus status(LocalDate established, Random random) {
        int age = LAST_DAY.getYear() - established.getYear();
        int roll = random.nextInt(1000);
        int deregistered = 20 + age * 6;
        int revoked = deregistered + 10 + age * 2;
        int movedOut = revoked + 5;
        return roll < deregistered ? EntityStatus.DEREGISTERED
                : roll < revoked ? EntityStatus.REVOKED
                : roll < movedOut ? EntityStatus.MOVED_OUT : EntityStatus.ACTIVE;
    }

    private static String uniqueCode(EntityKind kind, LocalDate established, Random random, Set<String> codes,
                                     boolean flagged) {
        char kindCharacter = kind == EntityKind.ENTERPRISE ? '1' : kind == EntityKind.INDIVIDUAL_BUSINESS ? '2' : '3';
        while (true) {
            var organisation = new StringBuilder();
            if (!established.isBefore(UNIFIED_CODES_FROM)) {
                organisation.append("MA");
            }
            while (organisation.length() < 8) {
                organisation.append(CODE_SYMBOLS.charAt(random.nextInt(established.isBefore(UNIFIED_CODES_FROM) ? 10 : 31)));
            }
            organisation.append(OrganisationCode.checkCharacterFor(organisation.toString()));
            if (CODE_SYMBOLS.indexOf(organisation.charAt(8)) < 0) {
                continue;
            }
            String first17 = "9" + kindCharacter + REGION + organisation;
            char check = CreditCode.checkCharacterFor(first17);
            if (flagged) {
                check = CODE_SYMBOLS.charAt((CODE_SYMBOLS.indexOf(check) + 1 + random.nextInt(30)) % 31);
            }
            String code = first17 + check;
            if (codes.add(code)) {
                return code;
            }
        }
    }

    private static String registrationNumber(Random random) {
        var first14 = new StringBuilder(REGION);
        while (first14.length() < 14) {
            first14.append(random.nextInt(10));
        }
        return first14.toString() + RegistrationNumber.checkDigitFor(first14.toString());
    }

    private static String idNumber(Vocabulary v, Random random) {
        LocalDate birth = LocalDate.of(1950, 1, 1).plusDays(random.nextInt(365 * 50));
        String first17 = v.representativeRegions.get(random.nextInt(v.representativeRegions.size()))
                + birth.toString().replace("-", "") + String.format("%03d", random.nextInt(1000));
        return first17 + ResidentIdNumber.checkCharacterFor(first17);
    }

    private static BigDecimal capital(EntityKind kind, Random random) {
        double value = switch (kind) {
            case ENTERPRISE -> Math.exp(Math.log(10) + random.nextDouble() * Math.log(500));
            case COOPERATIVE -> Math.exp(Math.log(5) + random.nextDouble() * Math.log(100));
            default -> random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(50);
        };
        return value <= 0 ? null : BigDecimal.valueOf(value).setScale(value >= 100 ? 0 : 2, RoundingMode.HALF_UP);
    }
}
