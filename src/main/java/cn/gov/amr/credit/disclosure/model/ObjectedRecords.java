package cn.gov.amr.credit.disclosure.model;

import java.util.Set;

/**
 * The records of an entity under an open objection: by public record id, and by document number for
 * objections raised before records had ids. {@link #NONE} for surfaces that do not show the mark.
 */
public record ObjectedRecords(Set<String> ids, Set<String> legacyDocumentNumbers) {

    public static final ObjectedRecords NONE = new ObjectedRecords(Set.of(), Set.of());

    public boolean contains(String id, String documentNumber) {
        return ids.contains(id) || documentNumber != null && legacyDocumentNumbers.contains(documentNumber);
    }
}
