package cn.gov.amr.credit.demo.departments;

import java.util.Map;
import java.util.Random;

/**
 * Court judgments naming an entity as a party. Variant columns: department, weight, cause, party role
 * code, document type code, summary, pool.
 */
final class JudgmentMaker extends RowMaker {

    JudgmentMaker(Context context) {
        super(context, "judgments");
    }

    @Override
    String pool(String[] variant) {
        return variant[6];
    }

    @Override
    Map<String, String> row(String[] v, Doc doc, int entity, Random random) {
        var row = newRow();
        row.put("caseNumber", doc.number());
        context.parties().coded(row, context.schema(), entity);
        row.put("partyRole", context.label("partyRole", v[3]));
        row.put("cause", v[2]);
        row.put("court", context.source().name());
        row.put("documentType", context.label("documentType", v[4]));
        row.put("judgmentDate", Context.iso(doc.date()));
        row.put("summary", v[5]);
        return row;
    }
}
