package cn.gov.amr.credit.demo.lists;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import cn.gov.amr.credit.ingestion.CreditRecords;
import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.TypedRecord;
import cn.gov.amr.credit.ingestion.schema.PenaltyFields;

/** The aggregated penalties of given entities, read through ingestion's API in chunks, as {@link HeavyPenalty}s. */
final class PenaltyRecords {

    private static final int CHUNK = 5_000;

    private final CreditRecords records;

    PenaltyRecords(CreditRecords records) {
        this.records = records;
    }

    List<HeavyPenalty> of(List<String> codes) {
        var penalties = new ArrayList<HeavyPenalty>();
        for (int from = 0; from < codes.size(); from += CHUNK) {
            var chunk = codes.subList(from, Math.min(codes.size(), from + CHUNK));
            for (TypedRecord r : records.forRules(chunk, Set.of(RecordKind.PENALTY))) {
                if (r.decidedOn() != null) {
                    penalties.add(new HeavyPenalty(r.entityCode(), r.naturalKey(), r.decidedOn(),
                            r.yuan(PenaltyFields.FINE_AMOUNT).orElse(BigDecimal.ZERO),
                            r.text(PenaltyFields.BASIS).orElse(null), r.text(PenaltyFields.AUTHORITY).orElse(null)));
                }
            }
        }
        return penalties;
    }
}
