package cn.gov.amr.credit.demo.departments;

import java.time.LocalDate;
import java.util.Map;
import java.util.Random;

import cn.gov.amr.credit.ingestion.schema.LicenceFields;
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
        row.put(LicenceFields.DOCUMENT_NAME.name(), v[3]);
        row.put(LicenceFields.DOCUMENT_NUMBER.name(), doc.number());
        row.put(LicenceFields.LICENCE_CATEGORY.name(), context.label(LicenceFields.LICENCE_CATEGORY, v[4]));
        row.put(LicenceFields.CERTIFICATE_NAME.name(), v[2]);
        row.put(LicenceFields.LICENCE_NUMBER.name(),
                Numbering.format(v[5], doc.date(), doc.numberInYear(), doc.serial(), e.code()));
        row.put(LicenceFields.CONTENT.name(), v[7]);
        row.put(LicenceFields.DECISION_DATE.name(), Context.iso(doc.date()));
        row.put(LicenceFields.VALID_FROM.name(), Context.iso(doc.date()));
        int years = Integer.parseInt(v[6]);
        LocalDate until = years > 0 ? doc.date().plusYears(years).minusDays(1) : null;
        if (until != null) {
            row.put(LicenceFields.VALID_TO.name(), Context.iso(until));
        }
        row.put(LicenceFields.STATE.name(),
                context.label(LicenceFields.STATE, until == null || !until.isBefore(context.lastDay()) ? VALID : ENDED));
        authority(row, LicenceFields.AUTHORITY, LicenceFields.AUTHORITY_CODE, LicenceFields.SOURCE_UNIT, LicenceFields.SOURCE_UNIT_CODE);
        remarks(row, LicenceFields.REMARKS, random);
        return row;
    }
}
