package cn.gov.amr.credit.demo.lists;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A penalty of the demo's aggregated records as the serious dishonest list reads it: whose, under which
 * document, decided when, its fine in yuan (zero without one), its legal basis and the authority that
 * imposed it.
 */
record HeavyPenalty(String code, String documentNumber, LocalDate decidedOn, BigDecimal fineYuan, String basis,
                    String authority) {
}
