package cn.gov.amr.credit.demo.departments;

import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import java.util.Random;

import cn.gov.amr.credit.ingestion.schema.CommitmentFields;

/**
 * Credit commitments. A commitment is checked a year after it was made: kept (履约) or broken (违诺);
 * one whose check lies after the last day is still running (未到期). Variant columns: department,
 * weight, commitment type code, matter, pool.
 */
final class CommitmentMaker extends RowMaker {

    private static final Period CHECKED_AFTER = Period.ofYears(1);
    private static final String RUNNING = "1";
    private static final String KEPT = "2";
    private static final String BROKEN = "3";
    private static final int BROKEN_PER_MILLE = 40;

    CommitmentMaker(Context context) {
        super(context, "commitments");
    }

    @Override
    String pool(String[] variant) {
        return variant[4];
    }

    @Override
    Map<String, String> row(String[] v, Doc doc, int entity, Random random) {
        var row = newRow();
        row.put(CommitmentFields.COMMITMENT_NUMBER.name(), doc.number());
        context.parties().coded(row, context.schema(), entity);
        row.put(CommitmentFields.COMMITMENT_TYPE.name(), context.label(CommitmentFields.COMMITMENT_TYPE, v[2]));
        row.put(CommitmentFields.MATTER.name(), v[3]);
        row.put(CommitmentFields.COMMITTED_ON.name(), Context.iso(doc.date()));
        row.put(CommitmentFields.ACCEPTED_BY.name(), context.source().authorityName());
        LocalDate check = doc.date().plus(CHECKED_AFTER);
        if (check.isAfter(context.lastDay())) {
            row.put(CommitmentFields.FULFILMENT.name(), context.label(CommitmentFields.FULFILMENT, RUNNING));
        } else {
            row.put(CommitmentFields.FULFILMENT.name(),
                    context.label(CommitmentFields.FULFILMENT, random.nextInt(1000) < BROKEN_PER_MILLE ? BROKEN : KEPT));
            row.put(CommitmentFields.CHECKED_ON.name(), Context.iso(check));
        }
        return row;
    }
}
