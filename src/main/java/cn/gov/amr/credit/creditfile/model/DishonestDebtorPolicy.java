package cn.gov.amr.credit.creditfile.model;

import cn.gov.amr.credit.creditfile.FlagKind;

import java.util.Optional;
import java.util.Set;

import cn.gov.amr.credit.ingestion.RecordKind;

/**
 * 失信被执行人: an entity on the courts' list of dishonest judgment debtors is flagged, open-ended, from
 * the earliest publication of its current cases. A case leaves the list only when the court withdraws
 * it (the record is then no longer current), so the flag has no end of its own.
 */
public final class DishonestDebtorPolicy implements FlagPolicy {

    static final String WHY = "flag.DISHONEST_DEBTOR.why";

    @Override
    public FlagKind kind() {
        return FlagKind.DISHONEST_DEBTOR;
    }

    @Override
    public Set<RecordKind> reads() {
        return Set.of(RecordKind.DISHONEST_DEBTOR);
    }

    @Override
    public Optional<CreditFlag> flag(FlagContext context) {
        var debts = RecordsInForce.ofKind(context.records(), RecordKind.DISHONEST_DEBTOR);
        if (debts.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new CreditFlag(kind(), RecordsInForce.earliest(debts), null, debts.size()));
    }

    /** "On the list in 2 cases since 2021-02-03": the number of cases and the earliest publication. */
    @Override
    public FlagExplanation explain(CreditFlag flag) {
        return FlagExplanation.of(WHY, flag.count(), flag.since());
    }
}
