package cn.gov.amr.credit.demo.departments;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;

import cn.gov.amr.credit.registry.EntityIdentity;

/**
 * Administrative licences (national format). Variant columns: department, weight, certificate,
 * decision document, licence category code, licence number template, years valid (0: no end),
 * content, pool. A licence whose validity ended before the last day is {@code 无效} (code 0).
 */
final class LicenceMaker extends RowMaker {

    private static final String VALID = "1";
    private static final String ENDED = "0";

    LicenceMaker(Context context) {
        super(context, "licences");
    }

    @Override
    String pool(String[] variant) {
        return variant[8];
    }

    @Override
    Map<String, String> row(String[] v, Doc doc, int entity, Random random) {
        EntityIdentity e = context.pools().get(entity);
        var row = newRow();
        context.parties().national(row, context.schema(), entity, random);
        row.put("documentName", v[3]);
        row.put("documentNumber", doc.number());
        row.put("licenceCategory", context.label("licenceCategory", v[4]));
        row.put("certificateName", v[2]);
        row.put("licenceNumber", Numbering.format(v[5], doc.date(), doc.numberInYear(), doc.serial(), e.code()));
        row.put("content", v[7]);
        row.put("decisionDate", Context.iso(doc.date()));
        row.put("validFrom", Context.iso(doc.date()));
        int years = Integer.parseInt(v[6]);
        LocalDate until = years > 0 ? doc.date().plusYears(years).minusDays(1) : null;
        if (until != null) {
            row.put("validTo", Context.iso(until));
        }
        row.put("state", context.label("state", until == null || !until.isBefore(context.lastDay()) ? VALID : ENDED));
        authority(row);
        remarks(row, random);
        return row;
    }
}
