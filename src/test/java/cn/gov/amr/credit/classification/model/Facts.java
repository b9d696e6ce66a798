package cn.gov.amr.credit.classification.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.gov.amr.credit.creditfile.FlagKind;
import cn.gov.amr.credit.ingestion.TypedRecord;
import cn.gov.amr.credit.lists.ListKind;
import cn.gov.amr.credit.registry.EntityKind;

/**
 * Builds {@link EntityFacts} by hand. {@link #typical()} is a clean wholesale enterprise of ten years with
 * a capital of 100 万元, every due report filed, nothing on file: 0 points in the default model, class A.
 */
final class Facts {

    /** The legal day of every test; the annual report now due is the one for 2024. */
    static final LocalDate TODAY = LocalDate.of(2025, 7, 15);
    static final int DUE_REPORT_YEAR = 2024;
    static final EvaluationContext CONTEXT = new EvaluationContext(TODAY, DUE_REPORT_YEAR, year -> true);
    static final String CODE = "91440300MA5F00001X";

    private EntityKind kind = EntityKind.ENTERPRISE;
    private LocalDate establishedOn = TODAY.minusYears(10);
    private BigDecimal capital = new BigDecimal("100");
    private String industryCode = "F5131";
    private final List<TypedRecord> records = new ArrayList<>();
    private final Set<FlagKind> flags = EnumSet.noneOf(FlagKind.class);
    private final Map<ListKind, Integer> listings = new EnumMap<>(ListKind.class);
    private final Set<Integer> filedYears = new LinkedHashSet<>(List.of(2019, 2020, 2021, 2022, 2023, 2024));
    private final List<LocalDate> changes = new ArrayList<>();
    private int relatedBad;

    private Facts() {
    }

    static Facts typical() {
        return new Facts();
    }

    Facts kind(EntityKind value) {
        kind = value;
        return this;
    }

    Facts establishedOn(LocalDate value) {
        establishedOn = value;
        return this;
    }

    Facts agedYears(int years) {
        return establishedOn(TODAY.minusYears(years));
    }

    Facts capital(String wan) {
        capital = wan == null ? null : new BigDecimal(wan);
        return this;
    }

    Facts industry(String code) {
        industryCode = code;
        return this;
    }

    Facts records(TypedRecord... values) {
        records.addAll(List.of(values));
        return this;
    }

    Facts records(List<TypedRecord> values) {
        records.addAll(values);
        return this;
    }

    Facts flag(FlagKind flag) {
        flags.add(flag);
        return this;
    }

    Facts listed(ListKind list) {
        return listed(list, 1);
    }

    Facts listed(ListKind list, int count) {
        listings.put(list, count);
        return this;
    }

    Facts filed(Integer... years) {
        filedYears.clear();
        filedYears.addAll(List.of(years));
        return this;
    }

    Facts changedOn(LocalDate... days) {
        changes.addAll(List.of(days));
        return this;
    }

    Facts relatedBadEntities(int count) {
        relatedBad = count;
        return this;
    }

    EntityFacts build() {
        return new EntityFacts(CODE, "测试商贸有限公司", kind, establishedOn, capital, industryCode, "440303",
                "440303", records, flags, listings, filedYears, changes, relatedBad);
    }
}
