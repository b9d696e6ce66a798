package cn.gov.amr.credit.demo.departments;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.schema.AnnualReportFields;
import cn.gov.amr.credit.ingestion.schema.KindSchema;
import cn.gov.amr.credit.registry.EntityIdentity;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.EntityStatus;

/**
 * The annual reports for {@link DemoFigures#REPORT_YEAR} of the entities established by its end,
 * filed in the first half of the next year (more of them near the 30 June deadline): every individual
 * business, 98.76 % of the enterprises and 96 % of the cooperatives. The enterprises that did not
 * file are drawn so that the rate is 98.76 % (to two decimals) both among all enterprises established
 * by then and among those still active. Entities of kind {@code OTHER} are not obliged and file none.
 * Every report is published (a report kept from the public would count as not filed for the
 * abnormal-operations list); about a fifth of the entities withhold their amounts.
 */
final class AnnualReports {

    private static final int BASIS = 10_000;
    private static final String PUBLISHED = "1";
    private static final int WITHHELD_PER_MILLE = 200;
    private static final int MONEY_SCALE = 2;

    private final EntityPools pools;
    private final Parties parties;
    private final KindSchema schema = KindSchema.of(RecordKind.ANNUAL_REPORT);
    private final WeightedChoice<String[]> statuses;
    private final List<Integer> filers;

    AnnualReports(EntityPools pools, Parties parties, DepartmentWords words, long seed) {
        this.pools = pools;
        this.parties = parties;
        this.statuses = WeightedChoice.rows(words.rows("operating-statuses"), 0);
        this.filers = filers(new Random(seed));
    }

    int count() {
        return filers.size();
    }

    /** The rows in order of filing; {@code mess} writes about 1 % of them carelessly. */
    List<DemoRow> rows(Mess mess, Random random) {
        long days = ChronoUnit.DAYS.between(DemoFigures.REPORTS_FROM, DemoFigures.REPORTS_TO);
        var dated = new ArrayList<Map.Entry<LocalDate, Map<String, String>>>(filers.size());
        for (int index : filers) {
            // More reports near the deadline: the square root skews the day towards the end.
            long day = Math.min(days, (long) ((days + 1) * Math.sqrt(random.nextDouble())));
            LocalDate filed = DemoFigures.REPORTS_FROM.plusDays(day);
            var row = row(index, filed, random);
            if (random.nextInt(1000) < DemoFigures.FIXABLE_MESS_PER_MILLE) {
                mess.fix(row, random);
            }
            dated.add(Map.entry(filed, row));
        }
        dated.sort(Map.Entry.comparingByKey());
        return dated.stream().map(e -> new DemoRow(e.getValue(), DemoRow.Outcome.ACCEPTED)).toList();
    }

    private Map<String, String> row(int index, LocalDate filed, Random random) {
        EntityIdentity e = pools.get(index);
        var row = new LinkedHashMap<String, String>();
        parties.coded(row, schema, index);
        row.put(AnnualReportFields.REPORT_YEAR.name(), String.valueOf(DemoFigures.REPORT_YEAR));
        row.put(AnnualReportFields.SUBMITTED_ON.name(), Context.iso(filed));
        row.put(AnnualReportFields.PUBLISHED.name(), Choices.label(AnnualReportFields.PUBLISHED, PUBLISHED));
        row.put(AnnualReportFields.OPERATING_STATUS.name(), statuses.pick(random)[1]);
        boolean individual = e.kind() == EntityKind.INDIVIDUAL_BUSINESS;
        int employees = individual ? 1 + random.nextInt(5) : (int) Math.exp(1 + random.nextDouble() * 4.5);
        row.put(AnnualReportFields.EMPLOYEES.name(), String.valueOf(employees));
        if (random.nextInt(1000) >= WITHHELD_PER_MILLE) {
            // 万元: individual businesses 1 to 50, others 10 to 20,000 (log-uniform)
            double assets = individual ? 1 + random.nextDouble() * 49
                    : Math.exp(Math.log(10) + random.nextDouble() * Math.log(2000));
            double revenue = assets * (0.3 + random.nextDouble() * 1.7);
            row.put(AnnualReportFields.TOTAL_ASSETS.name(), money(assets));
            row.put(AnnualReportFields.REVENUE.name(), money(revenue));
            row.put(AnnualReportFields.TAX_PAID.name(),
                    money(revenue * (individual ? 0.005 : 0.01 + random.nextDouble() * 0.04)));
        }
        return row;
    }

    private List<Integer> filers(Random random) {
        LocalDate yearEnd = LocalDate.of(DemoFigures.REPORT_YEAR, 12, 31);
        List<Integer> individuals = new ArrayList<>();
        List<Integer> cooperatives = new ArrayList<>();
        List<Integer> activeEnterprises = new ArrayList<>();
        List<Integer> closedEnterprises = new ArrayList<>();
        for (int i = 0; i < pools.size(); i++) {
            EntityIdentity e = pools.get(i);
            if (e.establishedOn() == null || e.establishedOn().isAfter(yearEnd)) {
                continue;
            }
            switch (e.kind()) {
                case INDIVIDUAL_BUSINESS -> individuals.add(i);
                case COOPERATIVE -> cooperatives.add(i);
                case ENTERPRISE -> (e.status() == EntityStatus.ACTIVE ? activeEnterprises : closedEnterprises).add(i);
                default -> { }
            }
        }
        int enterprises = activeEnterprises.size() + closedEnterprises.size();
        int missingAll = missing(enterprises, DemoFigures.ENTERPRISE_FILING_BASIS_POINTS);
        int missingActive = missing(activeEnterprises.size(), DemoFigures.ENTERPRISE_FILING_BASIS_POINTS);
        int missingClosed = Math.max(0, Math.min(closedEnterprises.size(), missingAll - missingActive));
        var filers = new ArrayList<Integer>();
        filers.addAll(drop(individuals, missing(individuals.size(), DemoFigures.INDIVIDUAL_FILING_BASIS_POINTS), random));
        filers.addAll(drop(cooperatives, missing(cooperatives.size(), DemoFigures.COOPERATIVE_FILING_BASIS_POINTS), random));
        filers.addAll(drop(activeEnterprises, missingActive, random));
        filers.addAll(drop(closedEnterprises, missingClosed, random));
        filers.sort(Comparator.naturalOrder());
        return List.copyOf(filers);
    }

    /** How many of {@code n} do not file at the given rate: the count that makes the rate closest to it. */
    private static int missing(int n, int basisPoints) {
        return (int) Math.round(n * (double) (BASIS - basisPoints) / BASIS);
    }

    private static List<Integer> drop(List<Integer> indices, int count, Random random) {
        var shuffled = new ArrayList<>(indices);
        Collections.shuffle(shuffled, random);
        return shuffled.subList(count, shuffled.size());
    }

    private static String money(double wan) {
        return BigDecimal.valueOf(wan).setScale(MONEY_SCALE, RoundingMode.HALF_UP).toPlainString();
    }
}
