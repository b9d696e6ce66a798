package cn.gov.amr.credit.demo.departments;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;

import cn.gov.amr.credit.ingestion.schema.DishonestDebtorFields;
import cn.gov.amr.credit.registry.EntityIdentity;

/**
 * Dishonest judgment debtors from the court: the enforcement case (filed 1 to 6 months before
 * publication, never before the entity existed) and the judgment it enforces. Variant columns:
 * department, weight, obligation, performance, circumstance, pool.
 */
final class DebtorMaker extends RowMaker {

    private static final int MIN_DAYS_TO_PUBLICATION = 30;
    private static final int MORE_DAYS_TO_PUBLICATION = 150;
    private static final int MIN_MONTHS_SINCE_JUDGMENT = 2;
    private static final int MORE_MONTHS_SINCE_JUDGMENT = 12;
    private static final int JUDGMENTS_PER_YEAR = 2500;

    private final String basisTemplate;
    private final String province;

    DebtorMaker(Context context) {
        super(context, "debtors");
        basisTemplate = context.words().word("basis-number");
        province = context.words().word("province");
    }

    @Override
    String pool(String[] variant) {
        return variant[5];
    }

    @Override
    boolean canName(int entity) {
        return context.parties().debtorNameable(entity);
    }

    @Override
    Map<String, String> row(String[] v, Doc doc, int entity, Random random) {
        EntityIdentity e = context.pools().get(entity);
        LocalDate filed = doc.date().minusDays(MIN_DAYS_TO_PUBLICATION + random.nextInt(MORE_DAYS_TO_PUBLICATION));
        if (filed.isBefore(e.establishedOn())) {
            filed = e.establishedOn();
        }
        LocalDate judged = filed.minusMonths(MIN_MONTHS_SINCE_JUDGMENT + random.nextInt(MORE_MONTHS_SINCE_JUDGMENT));
        var row = newRow();
        row.put(DishonestDebtorFields.CASE_NUMBER.name(), doc.number());
        context.parties().debtor(row, context.schema(), entity, random);
        row.put(DishonestDebtorFields.COURT.name(), context.source().name());
        row.put(DishonestDebtorFields.PROVINCE.name(), province);
        row.put(DishonestDebtorFields.BASIS_NUMBER.name(),
                Numbering.format(basisTemplate, judged, 1 + random.nextInt(JUDGMENTS_PER_YEAR), 0, null));
        row.put(DishonestDebtorFields.FILED_ON.name(), Context.iso(filed));
        row.put(DishonestDebtorFields.BASIS_UNIT.name(), context.source().name());
        row.put(DishonestDebtorFields.OBLIGATION.name(), v[2]);
        row.put(DishonestDebtorFields.PERFORMANCE.name(), v[3]);
        row.put(DishonestDebtorFields.CIRCUMSTANCES.name(), v[4]);
        row.put(DishonestDebtorFields.PUBLISHED_ON.name(), Context.iso(doc.date()));
        return row;
    }
}
