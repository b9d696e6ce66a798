package cn.gov.amr.credit.ingestion.model;

/**
 * PARTY_IDENTIFIER_MISSING: a row without other problems must name its party by some identifier (a credit
 * code, a registration number, an organisation code, or the name with the legal representative), else
 * it could never be matched to an entity.
 */
final class PartyIdentifierCheck implements RowCheck {

    @Override
    public void check(RowDraft row) {
        if (row.problems.isEmpty() && !row.party().hasAny()) {
            row.problems.add(RowProblem.of(null, "PARTY_IDENTIFIER_MISSING"));
        }
    }
}
