package cn.gov.amr.credit.disclosure;

import java.time.LocalDate;
import java.util.Map;

/**
 * A record as the public sees it: its document number, date, source department, the fields the
 * public may see (national names by English key; personal data never among them), and, for a
 * penalty, the last day of its publicity; {@code underObjection} while an objection to it is open.
 */
public record PublicRecord(String documentNumber, LocalDate date, String department, Map<String, String> fields,
                           LocalDate publicUntil, boolean underObjection) {
}
