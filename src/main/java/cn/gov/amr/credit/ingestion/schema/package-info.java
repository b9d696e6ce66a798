/**
 * The published record schema: the kinds of credit records, their fields with types and roles, the
 * codes of their choices, and typed access to a record's values. Every other module reads a record's
 * fields through these types and the field constants ({@code PenaltyFields.FINE_AMOUNT} …), never by a
 * field name written as a string; the constants are checked against {@code ingestion/record-schemas.txt}.
 */
@org.springframework.modulith.NamedInterface("schema")
package cn.gov.amr.credit.ingestion.schema;
