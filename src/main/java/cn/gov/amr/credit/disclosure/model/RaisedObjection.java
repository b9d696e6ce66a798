package cn.gov.amr.credit.disclosure.model;

/**
 * The outcome of raising an objection: the objection, and whether it {@code repeated} an open one
 * (same record, same reason, same address or contact), in which case no new objection was made.
 */
public record RaisedObjection(Objection objection, boolean repeated) {
}
