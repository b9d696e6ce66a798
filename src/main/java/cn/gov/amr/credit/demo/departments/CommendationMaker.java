package cn.gov.amr.credit.demo.departments;

import java.util.Map;
import java.util.Random;

import cn.gov.amr.credit.ingestion.schema.CommendationFields;

/**
 * Commendations (守信激励): an honour list names many entities under one document number and date.
 * Variant columns: department, weight, honour, years valid (0: no end), pool.
 */
final class CommendationMaker extends RowMaker {

    private static final int MIN_LIST = 8;
    private static final int MAX_LIST = 40;

    CommendationMaker(Context context) {
        super(context, "commendations");
    }

    @Override
    String pool(String[] variant) {
        return variant[4];
    }

    @Override
    int partiesPerDocument(Random random) {
        return MIN_LIST + random.nextInt(MAX_LIST - MIN_LIST + 1);
    }

    @Override
    boolean documentDated() {
        return true;
    }

    @Override
    Map<String, String> row(String[] v, Doc doc, int entity, Random random) {
        var row = newRow();
        context.parties().coded(row, context.schema(), entity);
        row.put(CommendationFields.HONOUR.name(),
                Numbering.format(v[2], doc.date(), doc.numberInYear(), doc.serial(), null));
        row.put(CommendationFields.GRANTED_BY.name(), context.source().authorityName());
        row.put(CommendationFields.GRANTED_ON.name(), Context.iso(doc.date()));
        int years = Integer.parseInt(v[3]);
        if (years > 0) {
            row.put(CommendationFields.VALID_UNTIL.name(), Context.iso(doc.date().plusYears(years).minusDays(1)));
        }
        row.put(CommendationFields.DOCUMENT_NUMBER.name(), doc.number());
        return row;
    }
}
