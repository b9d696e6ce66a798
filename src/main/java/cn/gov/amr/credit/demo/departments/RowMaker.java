package cn.gov.amr.credit.demo.departments;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

import cn.gov.amr.credit.ingestion.RecordKind;
import cn.gov.amr.credit.ingestion.schema.RecordField;

/**
 * Makes the rows of one kind for one department from the vocabulary section of that kind: a
 * variant (licence type, violation, check item …) per document, then one row per party.
 */
abstract class RowMaker {

    private static final int REMARK_PER_MILLE = 50;

    final Context context;
    private final WeightedChoice<String[]> variants;

    RowMaker(Context context, String section) {
        this.context = context;
        var rows = context.words().rows(section, context.source().key());
        if (rows.isEmpty()) {
            throw new IllegalStateException("[" + section + "] has nothing for " + context.source().key());
        }
        this.variants = WeightedChoice.rows(rows, 1);
    }

    static RowMaker of(RecordKind kind, Context context) {
        return switch (kind) {
            case LICENCE -> new LicenceMaker(context);
            case PENALTY -> new PenaltyMaker(context);
            case INSPECTION -> new InspectionMaker(context);
            case COMMENDATION -> new CommendationMaker(context);
            case COMMITMENT -> new CommitmentMaker(context);
            case COMPLAINT -> new ComplaintMaker(context);
            case COURT_JUDGMENT -> new JudgmentMaker(context);
            case DISHONEST_DEBTOR -> new DebtorMaker(context);
            case ANNUAL_REPORT -> throw new IllegalArgumentException("annual reports follow the entities: AnnualReports");
        };
    }

    String[] variant(Random random) {
        return variants.pick(random);
    }

    /** The entity pool of a variant (see the vocabulary). */
    abstract String pool(String[] variant);

    /** The row of one party of a document. */
    abstract Map<String, String> row(String[] variant, Doc doc, int entity, Random random);

    /** How many parties the next document names. */
    int partiesPerDocument(Random random) {
        return 1;
    }

    /** Whether all parties of a document share its date (an honour list) or have their own (an inspection task). */
    boolean documentDated() {
        return false;
    }

    /** Whether a row of this kind can name the entity at all. */
    boolean canName(int entity) {
        return true;
    }

    Map<String, String> newRow() {
        return new LinkedHashMap<>();
    }

    /** Authority and data source, as the national format for licences and penalties names them. */
    void authority(Map<String, String> row, RecordField authority, RecordField authorityCode, RecordField sourceUnit,
            RecordField sourceUnitCode) {
        Source source = context.source();
        row.put(authority.name(), source.authorityName());
        row.put(authorityCode.name(), source.authorityCode());
        row.put(sourceUnit.name(), source.name());
        row.put(sourceUnitCode.name(), source.code());
    }

    void remarks(Map<String, String> row, RecordField field, Random random) {
        if (random.nextInt(1000) < REMARK_PER_MILLE) {
            var remarks = context.words().items("remarks");
            row.put(field.name(), remarks.get(random.nextInt(remarks.size())));
        }
    }
}
