package cn.gov.amr.credit.disclosure.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

/**
 * What the publicity rules need to know of a penalty.
 *
 * @param categories         category codes of the national format (01 警告 …)
 * @param fineYuan           the fine in yuan (the exchange format gives 万元: multiply by 10,000), or null
 * @param person             whether the party counts as a natural person for the limits
 * @param decidedOn          the decision date, from which publicity runs
 * @param restrictionUntil   the end of a restriction the penalty imposes (处罚有效期), or null
 * @param publicationStopped whether publication was stopped early (credit repair)
 */
public record PenaltyFacts(Set<String> categories, BigDecimal fineYuan, boolean person, LocalDate decidedOn,
                           LocalDate restrictionUntil, boolean publicationStopped) {

    public PenaltyFacts {
        categories = Set.copyOf(categories);
    }
}
