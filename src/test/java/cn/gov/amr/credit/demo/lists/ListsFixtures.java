package cn.gov.amr.credit.demo.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import cn.gov.amr.credit.registry.EntityIdentity;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityStatus;
import cn.gov.amr.credit.shared.WorkingDays;

/** Entities and the 2026 calendar for the demo lists' tests, without the database. */
final class ListsFixtures {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 3);
    static final List<String> JURISDICTIONS = List.of("PENCHENG", "GUILIN", "MATOU", "BAIYANG", "NANYI");

    private ListsFixtures() {
    }

    /** 2026 by the State Council's notice (DOMAIN §11). */
    static WorkingDays calendar2026() {
        Set<LocalDate> holidays = new HashSet<>();
        addRange(holidays, "2026-01-01", "2026-01-03");
        addRange(holidays, "2026-02-15", "2026-02-23");
        addRange(holidays, "2026-04-04", "2026-04-06");
        addRange(holidays, "2026-05-01", "2026-05-05");
        addRange(holidays, "2026-06-19", "2026-06-21");
        addRange(holidays, "2026-09-25", "2026-09-27");
        addRange(holidays, "2026-10-01", "2026-10-07");
        Set<LocalDate> worked = Set.of(LocalDate.parse("2026-01-04"), LocalDate.parse("2026-02-14"),
                LocalDate.parse("2026-02-28"), LocalDate.parse("2026-05-09"), LocalDate.parse("2026-09-20"),
                LocalDate.parse("2026-10-10"));
        return new WorkingDays(holidays, worked);
    }

    /**
     * A city of {@code size} entities in the demo's proportions (35 % enterprises, 62 % individual businesses,
     * 3 % cooperatives), established 1996 to October 2026, about one in eight no longer active.
     */
    static List<EntityIdentity> city(int size, long seed) {
        var random = new Random(seed);
        var entities = new ArrayList<EntityIdentity>(size);
        LocalDate first = LocalDate.of(1996, 1, 1);
        int days = (int) (LocalDate.of(2026, 10, 31).toEpochDay() - first.toEpochDay());
        for (int i = 0; i < size; i++) {
            int roll = random.nextInt(100);
            EntityKind kind = roll < 35 ? EntityKind.ENTERPRISE : roll < 97 ? EntityKind.INDIVIDUAL_BUSINESS
                    : EntityKind.COOPERATIVE;
            EntityStatus status = random.nextInt(8) == 0 ? EntityStatus.DEREGISTERED : EntityStatus.ACTIVE;
            String code = "9" + (kind.ordinal() + 1) + String.format("360481%010d", i);
            entities.add(new EntityIdentity(code, null, null, "Entity " + i, "Representative " + i, kind, status,
                    first.plusDays(random.nextInt(days + 1)), JURISDICTIONS.get(random.nextInt(JURISDICTIONS.size())),
                    false));
        }
        return entities;
    }

    private static void addRange(Set<LocalDate> days, String from, String to) {
        for (LocalDate d = LocalDate.parse(from); !d.isAfter(LocalDate.parse(to)); d = d.plusDays(1)) {
            days.add(d);
        }
    }
}
