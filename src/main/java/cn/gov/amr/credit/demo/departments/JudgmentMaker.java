package cn.gov.amr.credit.demo.departments;

import java.util.Map;
import java.util.Random;

import cn.gov.amr.credit.ingestion.schema.CourtJudgmentFields;

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
        row.put(CourtJudgmentFields.CASE_NUMBER.name(), doc.number());
        context.parties().coded(row, context.schema(), entity);
        row.put(CourtJudgmentFields.PARTY_ROLE.name(), context.label(CourtJudgmentFields.PARTY_ROLE, v[3]));
        row.put(CourtJudgmentFields.CAUSE.name(), v[2]);
        row.put(CourtJudgmentFields.COURT.name(), context.source().name());
        row.put(CourtJudgmentFields.DOCUMENT_TYPE.name(), context.label(CourtJudgmentFields.DOCUMENT_TYPE, v[4]));
        row.put(CourtJudgmentFields.JUDGMENT_DATE.name(), Context.iso(doc.date()));
        row.put(CourtJudgmentFields.SUMMARY.name(), v[5]);
        return row;
    }
}
