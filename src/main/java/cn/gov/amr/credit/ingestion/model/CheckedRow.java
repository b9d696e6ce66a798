package cn.gov.amr.credit.ingestion.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A row after normalisation and validation. {@code values} holds the normalised values of the
 * fields the kind knows (dates ISO, choices as labels, codes upper-case), in schema order; the
 * row can be accepted only when {@code problems} is empty and it matches an entity.
 */
public record CheckedRow(int rowNumber, Map<String, String> values, List<RowProblem> problems, String naturalKey,
                         PartyIdentifiers party, LocalDate decidedOn, LocalDate validUntil) {

    public boolean valid() {
        return problems.isEmpty();
    }
}
