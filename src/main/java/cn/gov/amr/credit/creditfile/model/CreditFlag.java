package cn.gov.amr.credit.creditfile.model;

import cn.gov.amr.credit.creditfile.FlagKind;

import java.time.LocalDate;

/**
 * A current flag of an entity. {@code since} is when its ground arose, {@code until} when it ends
 * (null: open-ended); {@code count} how many records ground it.
 */
public record CreditFlag(FlagKind flag, LocalDate since, LocalDate until, int count) {
}
