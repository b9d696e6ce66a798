package cn.gov.amr.credit.disclosure.model;

import java.time.LocalDate;
import java.util.Map;


/**
 * A record as the public sees it: {@code id}, an opaque and stable name of the record (objections name
 * records by it; it reveals nothing about the record nor how many there are), its document number,
 * date, source department, the fields the public may see (national names by English key; personal
 * data never among them), and, for a penalty, the last day of its publicity; {@code underObjection}
 * while an objection to it is open. Every text is masked ({@link PublicText}): a document number that is
 * a personal ID number shows masked, which is why records are named by {@code id}.
 */
public record PublicRecord(String id, String documentNumber, LocalDate date, String department,
                           Map<String, String> fields, LocalDate publicUntil, boolean underObjection) {

    /**
     * The same record with every text passed through {@link PublicText}: the one place a record is masked, for
     * the records shown now and for reports stored before.
     */
    public PublicRecord masked() {
        return new PublicRecord(id, PublicText.of(documentNumber), date, PublicText.of(department),
                fields == null ? Map.of() : PublicFields.masked(fields), publicUntil, underObjection);
    }
}
