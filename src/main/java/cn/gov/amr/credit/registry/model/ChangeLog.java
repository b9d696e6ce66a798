package cn.gov.amr.credit.registry.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.gov.amr.credit.registry.MarketEntity;

/** What changed between two versions of an entity, field by field; ID numbers only masked. */
public final class ChangeLog {

    private ChangeLog() {
    }

    /** Every field of a new entity, as a change from nothing. */
    public static List<FieldChange> created(MarketEntity entity) {
        return diff(null, entity);
    }

    public static List<FieldChange> diff(MarketEntity before, MarketEntity after) {
        var b = fields(before);
        var a = fields(after);
        var changes = new ArrayList<FieldChange>();
        a.forEach((field, value) -> {
            String old = b.get(field);
            if (!Objects.equals(old, value)) {
                changes.add(new FieldChange(field, old, value));
            }
        });
        return changes;
    }

    private static Map<String, String> fields(MarketEntity e) {
        var map = new LinkedHashMap<String, String>();
        if (e == null) {
            return map;
        }
        map.put("name", e.name());
        map.put("formerNames", e.formerNames().isEmpty() ? null : String.join("; ", e.formerNames()));
        map.put("kind", text(e.kind()));
        map.put("legalRepresentative.name", e.legalRepresentative() == null ? null : e.legalRepresentative().name());
        map.put("legalRepresentative.idType", e.legalRepresentative() == null ? null : text(e.legalRepresentative().idType()));
        map.put("legalRepresentative.idNumber", e.legalRepresentative() == null ? null
                : Masking.idNumber(e.legalRepresentative().idNumber()));
        map.put("registrationNumber", e.registrationNumber());
        map.put("organisationCode", e.organisationCode());
        map.put("registeredCapital", e.registeredCapital() == null ? null : e.registeredCapital().stripTrailingZeros().toPlainString());
        map.put("establishedOn", text(e.establishedOn()));
        map.put("authority", e.authority());
        map.put("status", text(e.status()));
        map.put("address", e.address());
        map.put("town", e.town());
        map.put("regionCode", e.regionCode());
        map.put("industryCode", e.industryCode());
        map.put("businessScope", e.businessScope());
        map.put("jurisdiction", e.jurisdiction());
        map.put("reviewFlag", e.reviewFlag() ? "true" : null);
        return map;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
