package cn.gov.amr.credit.demo.lists;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import cn.gov.amr.credit.demo.lists.ListsWords.DocumentKind;
import cn.gov.amr.credit.shared.WorkingDays;

/**
 * The demo's serious illegal and dishonest listings: the heaviest penalties of the bureau (a fine of at
 * least ¥100,000 on a legal basis of one of the list's fields) decided early enough for a listing this
 * year, each listed by the authority that imposed it a few working days after the penalty, on a working
 * day of this year, never in the future; one listing per entity. None when the demo has no such penalty.
 * Pure and deterministic from the seed.
 */
final class DishonestPlan {

    /** A fine from this amount on counts as heavy (the "low amount" limit for organisations, DOMAIN §8). */
    static final BigDecimal HEAVY_FINE_YUAN = BigDecimal.valueOf(100_000);
    /** The listing follows the penalty within 10 to 20 working days. */
    private static final int FIRST_WORKING_DAY = 10;
    private static final int MORE_WORKING_DAYS = 11;
    private static final long SALT = 0x5344_4C4CL;

    private final ListsWords words;
    private final WorkingDays workingDays;
    private final LocalDate today;
    private final Random random;

    DishonestPlan(ListsWords words, WorkingDays workingDays, LocalDate today, long seed) {
        this.words = words;
        this.workingDays = workingDays;
        this.today = today;
        this.random = new Random(seed ^ SALT);
    }

    List<PlannedDishonestListing> plan(int count, List<HeavyPenalty> penalties) {
        LocalDate yearStart = LocalDate.of(today.getYear(), 1, 1);
        var heavy = penalties.stream()
                .filter(p -> p.fineYuan() != null && p.fineYuan().compareTo(HEAVY_FINE_YUAN) >= 0)
                .filter(p -> p.authority() != null && p.authority().startsWith(words.bureau()))
                .filter(p -> words.fieldOf(p.basis()).isPresent())
                .sorted(Comparator.comparing(HeavyPenalty::fineYuan).reversed()
                        .thenComparing(HeavyPenalty::documentNumber).thenComparing(HeavyPenalty::code))
                .toList();
        var chosen = new ArrayList<PlannedDishonestListing>();
        Set<String> listed = new HashSet<>();
        for (HeavyPenalty p : heavy) {
            if (chosen.size() == count) {
                break;
            }
            LocalDate day = workingDays.addWorkingDays(p.decidedOn(), FIRST_WORKING_DAY + random.nextInt(MORE_WORKING_DAYS));
            if (day.isBefore(yearStart) || day.isAfter(today) || !listed.add(p.code())) {
                continue;
            }
            chosen.add(new PlannedDishonestListing(p.code(), words.fieldOf(p.basis()).orElseThrow(), day, null,
                    p.authority(), p.documentNumber()));
        }
        chosen.sort(Comparator.comparing(PlannedDishonestListing::decidedOn).thenComparing(PlannedDishonestListing::code));
        var numbered = new ArrayList<PlannedDishonestListing>(chosen.size());
        for (int i = 0; i < chosen.size(); i++) {
            var c = chosen.get(i);
            numbered.add(new PlannedDishonestListing(c.code(), c.field(), c.decidedOn(),
                    words.documentNumber(DocumentKind.SERIOUS_DISHONEST, c.decidedOn(), i + 1), c.authority(),
                    c.penaltyDocumentNumber()));
        }
        return numbered;
    }
}
