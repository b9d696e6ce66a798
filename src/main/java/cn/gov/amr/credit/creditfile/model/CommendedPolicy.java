package cn.gov.amr.credit.creditfile.model;

import cn.gov.amr.credit.creditfile.FlagKind;

import java.util.Optional;
import java.util.Set;

import cn.gov.amr.credit.ingestion.RecordKind;

/**
 * 守信激励有效期内: an entity with commendations in force on the day (without an end, or ending today or
 * later) is flagged from the earliest decision among them: until the latest end, or open-ended when
 * any of them has no end.
 */
public final class CommendedPolicy implements FlagPolicy {

    static final String WHY = "flag.COMMENDED.why";
    static final String WHY_OPEN_ENDED = "flag.COMMENDED.why.openEnded";

    @Override
    public FlagKind kind() {
        return FlagKind.COMMENDED;
    }

    @Override
    public Set<RecordKind> reads() {
        return Set.of(RecordKind.COMMENDATION);
    }

    @Override
    public Optional<CreditFlag> flag(FlagContext context) {
        var commendations = RecordsInForce.ofKind(context.records(), RecordKind.COMMENDATION).stream()
                .filter(f -> f.validUntil() == null || RecordsInForce.inForce(f.validUntil(), context.today()))
                .toList();
        if (commendations.isEmpty()) {
            return Optional.empty();
        }
        boolean openEnded = commendations.stream().anyMatch(f -> f.validUntil() == null);
        return Optional.of(new CreditFlag(kind(), RecordsInForce.earliest(commendations),
                openEnded ? null : RecordsInForce.latestEnd(commendations), commendations.size()));
    }

    /** "2 commendations in force until 2027-01-01", or "…, at least one without end". */
    @Override
    public FlagExplanation explain(CreditFlag flag) {
        return flag.until() == null ? FlagExplanation.of(WHY_OPEN_ENDED, flag.count())
                : FlagExplanation.of(WHY, flag.count(), flag.until());
    }
}
