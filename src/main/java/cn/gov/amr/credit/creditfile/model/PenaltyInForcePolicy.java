package cn.gov.amr.credit.creditfile.model;

import cn.gov.amr.credit.creditfile.FlagKind;

import java.util.Optional;
import java.util.Set;

import cn.gov.amr.credit.ingestion.RecordKind;

/**
 * 行政处罚有效期内: an entity with administrative penalties still in force on the day (their validity end
 * included; a penalty without a validity end never counts) is flagged from the earliest decision among
 * them until the latest end. The stored flag lapses at read time the day after that end, with no job to run.
 */
public final class PenaltyInForcePolicy implements FlagPolicy {

    static final String WHY = "flag.PENALTY_IN_FORCE.why";

    @Override
    public FlagKind kind() {
        return FlagKind.PENALTY_IN_FORCE;
    }

    @Override
    public Set<RecordKind> reads() {
        return Set.of(RecordKind.PENALTY);
    }

    @Override
    public Optional<CreditFlag> flag(FlagContext context) {
        var penalties = RecordsInForce.ofKind(context.records(), RecordKind.PENALTY).stream()
                .filter(f -> f.validUntil() != null && RecordsInForce.inForce(f.validUntil(), context.today()))
                .toList();
        if (penalties.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CreditFlag(kind(), RecordsInForce.earliest(penalties),
                RecordsInForce.latestEnd(penalties), penalties.size()));
    }

    /** "2 penalties in force until 2027-03-01": how many, and the day the last of them ends. */
    @Override
    public FlagExplanation explain(CreditFlag flag) {
        return FlagExplanation.of(WHY, flag.count(), flag.until());
    }
}
