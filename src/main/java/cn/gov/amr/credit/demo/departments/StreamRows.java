package cn.gov.amr.credit.demo.departments;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The rows of one stream in date order: {@code accepted} rows, {@code window} of them dated in the
 * seed's window when the stream counts for its figures, the rest spread over the other days from
 * {@link DemoFigures#FIRST_DAY} to the last day; plus the stream's rows to be quarantined, at any
 * date. Documents are numbered per year in date order.
 */
final class StreamRows {

    private record Slot(LocalDate date, Mess.Failure failure) {
    }

    private final StreamSpec spec;
    private final RowMaker maker;
    private final Mess mess;
    private final EntityPools pools;
    private final LocalDate lastDay;
    private final Random random;

    StreamRows(StreamSpec spec, RowMaker maker, Mess mess, EntityPools pools, LocalDate lastDay, Random random) {
        this.spec = spec;
        this.maker = maker;
        this.mess = mess;
        this.pools = pools;
        this.lastDay = lastDay;
        this.random = random;
    }

    List<DemoRow> generate(int accepted, int window) {
        List<Slot> slots = slots(accepted, window);
        var rows = new ArrayList<DemoRow>(slots.size());
        Doc doc = null;
        String[] variant = null;
        Set<Integer> named = new HashSet<>();
        int left = 0;
        int numberInYear = 0;
        int serial = 0;
        for (Slot slot : slots) {
            boolean newYear = doc == null || doc.date().getYear() != slot.date().getYear();
            if (left == 0 || newYear || slot.failure() != null) {
                numberInYear = newYear ? 1 : numberInYear + 1;
                serial++;
                doc = new Doc(Numbering.format(spec.numbering(), slot.date(), numberInYear, serial, null), slot.date(),
                        numberInYear, serial);
                variant = maker.variant(random);
                named.clear();
                left = slot.failure() != null ? 1 : maker.partiesPerDocument(random);
            }
            left--;
            Doc rowDoc = maker.documentDated() ? doc : new Doc(doc.number(), slot.date(), numberInYear, serial);
            int entity = entity(maker.pool(variant), rowDoc.date(), named);
            named.add(entity);
            Map<String, String> row = maker.row(variant, rowDoc, entity, random);
            if (slot.failure() != null) {
                mess.fail(row, slot.failure(), pools.get(entity), rowDoc.date(), random);
                rows.add(new DemoRow(row, DemoRow.Outcome.QUARANTINED));
            } else {
                if (random.nextInt(1000) < DemoFigures.FIXABLE_MESS_PER_MILLE) {
                    mess.fix(row, random);
                }
                rows.add(new DemoRow(row, DemoRow.Outcome.ACCEPTED));
            }
        }
        return rows;
    }

    private int entity(String pool, LocalDate date, Set<Integer> named) {
        var refused = new HashSet<>(named);
        while (true) {
            int entity = pools.pick(pool, date, random, refused);
            if (maker.canName(entity)) {
                return entity;
            }
            refused.add(entity);
        }
    }

    private List<Slot> slots(int accepted, int window) {
        boolean counted = spec.prefecture() || spec.national();
        var slots = new ArrayList<Slot>(accepted + spec.failing());
        for (int i = 0; i < accepted; i++) {
            LocalDate date = !counted ? between(DemoFigures.FIRST_DAY, lastDay)
                    : i < window ? between(DemoFigures.WINDOW_FROM, DemoFigures.WINDOW_TO) : outsideWindow();
            slots.add(new Slot(date, null));
        }
        add(slots, spec.wrongCheckCharacters(), Mess.Failure.WRONG_CHECK_CHARACTER);
        add(slots, spec.unknownEntities(), Mess.Failure.UNKNOWN_ENTITY);
        add(slots, spec.impossibleDates(), Mess.Failure.IMPOSSIBLE_DATE);
        slots.sort(Comparator.comparing(Slot::date));
        return slots;
    }

    private void add(List<Slot> slots, int count, Mess.Failure failure) {
        for (int i = 0; i < count; i++) {
            slots.add(new Slot(between(DemoFigures.FIRST_DAY, lastDay), failure));
        }
    }

    private LocalDate between(LocalDate from, LocalDate to) {
        return from.plusDays(random.nextInt((int) ChronoUnit.DAYS.between(from, to) + 1));
    }

    /** A day from the first day to the last, outside the window. */
    private LocalDate outsideWindow() {
        int before = (int) ChronoUnit.DAYS.between(DemoFigures.FIRST_DAY, DemoFigures.WINDOW_FROM);
        int after = (int) ChronoUnit.DAYS.between(DemoFigures.WINDOW_TO, lastDay);
        int day = random.nextInt(before + after);
        return day < before ? DemoFigures.FIRST_DAY.plusDays(day) : DemoFigures.WINDOW_TO.plusDays(day - before + 1);
    }
}
