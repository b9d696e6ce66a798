package cn.gov.amr.credit.creditfile.model;

import cn.gov.amr.credit.creditfile.FlagKind;

import java.util.Optional;
import java.util.Set;

import cn.gov.amr.credit.ingestion.RecordKind;

/**
 * One rule that flags an entity: one class per {@link FlagKind}, gathered in {@link FlagPolicies}.
 * A policy is plain Java (no Spring, no database): what it needs arrives in the {@link FlagContext};
 * its settings, if any, through its constructor.
 */
public interface FlagPolicy {

    /** The flag this policy raises. */
    FlagKind kind();

    /** The record kinds it reads from {@link FlagContext#records()} (empty: none). */
    Set<RecordKind> reads();

    /** The flag, when the rule fires on {@code context}'s day; empty when it does not. */
    Optional<CreditFlag> flag(FlagContext context);

    /**
     * Why {@code flag} (of this policy's kind, stored or just computed) is raised: a message key of the
     * bundles and its arguments. Built from the flag alone, so a stored flag explains itself too.
     */
    FlagExplanation explain(CreditFlag flag);
}
