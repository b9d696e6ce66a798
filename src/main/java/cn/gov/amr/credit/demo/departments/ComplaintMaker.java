package cn.gov.amr.credit.demo.departments;

import java.util.Map;
import java.util.Random;

import cn.gov.amr.credit.ingestion.schema.ComplaintFields;

/**
 * Complaints from the bureau's 12315 system, handled by the branch of the entity's jurisdiction;
 * complaints of the last 30 days are still being checked. No complainant's data is written.
 * Variant columns: department, weight, category, outcome when substantiated, outcome when not, pool.
 */
final class ComplaintMaker extends RowMaker {

    private static final int CHECKING_DAYS = 30;
    private static final String SUBSTANTIATED = "1";
    private static final String UNSUBSTANTIATED = "2";
    private static final String CHECKING = "3";
    private static final int SUBSTANTIATED_PER_MILLE = 450;

    ComplaintMaker(Context context) {
        super(context, "complaints");
    }

    @Override
    String pool(String[] variant) {
        return variant[5];
    }

    @Override
    Map<String, String> row(String[] v, Doc doc, int entity, Random random) {
        var row = newRow();
        row.put(ComplaintFields.COMPLAINT_NUMBER.name(), doc.number());
        context.parties().coded(row, context.schema(), entity);
        row.put(ComplaintFields.COMPLAINED_ON.name(), Context.iso(doc.date()));
        row.put(ComplaintFields.CATEGORY.name(), v[2]);
        if (doc.date().isAfter(context.lastDay().minusDays(CHECKING_DAYS))) {
            row.put(ComplaintFields.CONCLUSION.name(), context.label(ComplaintFields.CONCLUSION, CHECKING));
        } else if (random.nextInt(1000) < SUBSTANTIATED_PER_MILLE) {
            row.put(ComplaintFields.CONCLUSION.name(), context.label(ComplaintFields.CONCLUSION, SUBSTANTIATED));
            row.put(ComplaintFields.OUTCOME.name(), v[3]);
        } else {
            row.put(ComplaintFields.CONCLUSION.name(), context.label(ComplaintFields.CONCLUSION, UNSUBSTANTIATED));
            row.put(ComplaintFields.OUTCOME.name(), v[4]);
        }
        row.put(ComplaintFields.HANDLED_BY.name(), context.office(context.pools().get(entity)));
        return row;
    }
}
