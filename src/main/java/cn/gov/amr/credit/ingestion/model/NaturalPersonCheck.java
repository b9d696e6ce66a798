package cn.gov.amr.credit.ingestion.model;

/** NATURAL_PERSON: the credit records of natural persons are not taken in (party type 自然人, code 2). */
final class NaturalPersonCheck implements RowCheck {

    /** Code of a natural person in the party-type choices. */
    static final String NATURAL_PERSON_CODE = "2";

    @Override
    public void check(RowDraft row) {
        RecordSchema schema = row.schema;
        String partyType = row.valueOf(schema.partyType());
        if (partyType != null && NATURAL_PERSON_CODE.equals(schema.require(schema.partyType()).choices().get(partyType))) {
            row.problems.add(RowProblem.of(schema.partyType(), "NATURAL_PERSON"));
        }
    }
}
