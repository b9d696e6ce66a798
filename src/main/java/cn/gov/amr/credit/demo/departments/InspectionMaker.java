package cn.gov.amr.credit.demo.departments;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;

import cn.gov.amr.credit.ingestion.schema.InspectionFields;
import cn.gov.amr.credit.registry.EntityIdentity;

/**
 * Inspection results. A task (one check item, one task number) covers many entities, each inspected
 * on its own day. Variant columns: department, weight, check item, inspection type code, results
 * (code:weight …), pool.
 */
final class InspectionMaker extends RowMaker {

    private static final int MIN_TASK = 40;
    private static final int MAX_TASK = 150;
    private static final String CORRECTED = "5";
    private static final String OTHER_DEPARTMENTS = "10";
    private static final int SECOND_RESULT_PER_MILLE = 150;

    private final Map<String, String> followUps = new HashMap<>();
    private final Map<String, WeightedChoice<String>> results = new HashMap<>();

    InspectionMaker(Context context) {
        super(context, "inspections");
        context.words().rows("inspection-follow-ups").forEach(r -> followUps.put(r[0], r[1]));
    }

    @Override
    String pool(String[] variant) {
        return variant[5];
    }

    @Override
    int partiesPerDocument(Random random) {
        return MIN_TASK + random.nextInt(MAX_TASK - MIN_TASK + 1);
    }

    @Override
    Map<String, String> row(String[] v, Doc doc, int entity, Random random) {
        EntityIdentity e = context.pools().get(entity);
        Set<String> codes = new LinkedHashSet<>();
        codes.add(results.computeIfAbsent(v[4], InspectionMaker::parse).pick(random));
        if (codes.contains(CORRECTED) && random.nextInt(1000) < SECOND_RESULT_PER_MILLE) {
            codes.add(OTHER_DEPARTMENTS);
        }
        var row = newRow();
        context.parties().coded(row, context.schema(), entity);
        row.put(InspectionFields.TASK_NUMBER.name(), doc.number());
        row.put(InspectionFields.ITEM.name(), v[2]);
        row.put(InspectionFields.INSPECTION_TYPE.name(), context.label(InspectionFields.INSPECTION_TYPE, v[3]));
        row.put(InspectionFields.INSPECTION_DATE.name(), Context.iso(doc.date()));
        row.put(InspectionFields.AUTHORITY.name(), context.office(e));
        row.put(InspectionFields.RESULTS.name(),
                String.join(";", codes.stream().map(c -> context.label(InspectionFields.RESULTS, c)).toList()));
        codes.stream().map(followUps::get).filter(Objects::nonNull).findFirst()
                .ifPresent(f -> row.put(InspectionFields.FOLLOW_UP.name(), f));
        row.put(InspectionFields.SOURCE_UNIT.name(), context.source().name());
        row.put(InspectionFields.SOURCE_UNIT_CODE.name(), context.source().code());
        return row;
    }

    private static WeightedChoice<String> parse(String spec) {
        List<String[]> pairs = Arrays.stream(spec.trim().split("\\s+")).map(p -> p.split(":")).toList();
        return WeightedChoice.of(pairs, p -> Double.parseDouble(p[1])).map(p -> p[0]);
    }
}
